/**
 * Only local files load while printing: a PDF must come out the same offline and
 * on every machine. The browser itself cannot reach the network (launch-browser.ts
 * sends every request to a proxy that does not exist); here the requests that
 * tried are reported as one warning, and local files that failed to load too.
 * (Not puppeteer's request interception: it stops every request for a round trip
 * to Node and turns the cache off, ~0.1 s of a 200-slide print.)
 */
import type { HTTPRequest, Page } from 'puppeteer';
import { pdfWarning } from './pdf-error.js';
import type { PdfWarning } from './types.js';

const LOCAL = /^(file|data|blob|about):/i;
const SHOWN = 3;

export interface RequestGuard {
  warnings(label: string): PdfWarning[];
}

export function guardRequests(page: Page): RequestGuard {
  const blocked = new Set<string>();
  const missing = new Set<string>();
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (!LOCAL.test(url)) blocked.add(url);
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
