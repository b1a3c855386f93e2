/**
 * Only local files load while printing: a PDF must come out the same offline and
 * on every machine. Network requests are blocked and reported as one warning;
 * local files that fail to load are reported too.
 */
import type { HTTPRequest, Page } from 'puppeteer';
import { pdfWarning } from './pdf-error.js';
import type { PdfWarning } from './types.js';

const LOCAL = /^(file|data|blob|about):/i;
const SHOWN = 3;

export interface RequestGuard {
  warnings(label: string): PdfWarning[];
}

export async function guardRequests(page: Page): Promise<RequestGuard> {
  const blocked = new Set<string>();
  const missing = new Set<string>();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (LOCAL.test(url)) {
      void request.continue().catch(() => undefined);
    } else {
      blocked.add(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  page.on('requestfailed', (request: HTTPRequest) => {
    const url = request.url();
    if (/^file:/i.test(url)) missing.add(decodeURI(url.replace(/^file:\/\//i, '')));
  });
  return {
    warnings(label) {
      const out: PdfWarning[] = [];
      if (blocked.size) out.push(pdfWarning('RemoteRequestBlocked', { label, count: blocked.size, urls: sample(blocked) }));
      if (missing.size) out.push(pdfWarning('LocalFileMissing', { label, count: missing.size, urls: sample(missing) }));
      return out;
    },
  };
}

function sample(items: Set<string>): string {
  const list = [...items].sort();
  const more = list.length - SHOWN;
  return list.slice(0, SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
