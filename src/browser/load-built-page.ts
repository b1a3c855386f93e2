/**
 * The one way to open a file of the built output in a tab, isolated by
 * page-policy.ts: from its file: URL in a browser deckpress launched, from the
 * export's page server (page-server.ts) in a lent one, which cannot read this
 * machine's files. The page loads the same bytes either way, and prints the same PDF.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { pageServerOf } from './lent-browser.js';
import { isolatePage, type IsolatedPage } from './page-policy.js';

export interface BuiltPageOptions {
  /** Folders whose files the page may read; the first holds `file`. */
  readRoots: string[];
  /** For the load; 0 (none) when the caller keeps its own time limit. */
  timeoutMs?: number;
  /** Served at `file`'s URL in place of its content: a part of the print document (src/pdf/print-chunks.ts). */
  html?: string;
}

export async function loadBuiltPage(page: Page, file: string, opts: BuiltPageOptions): Promise<IsolatedPage> {
  const server = pageServerOf(page.browser());
  const servedAt = server ? await Promise.all(opts.readRoots.map((root) => server.share(root))) : undefined;
  const url = servedAt ? servedAt[0] + relative(opts.readRoots[0]!, file).split(sep).map(encodeURIComponent).join('/') : pathToFileURL(file).href;
  const serve = opts.html === undefined ? {} : { serve: { url, html: opts.html } };
  const isolated = await isolatePage(page, { readRoots: opts.readRoots, ...(servedAt ? { servedAt } : {}), ...serve });
  await page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs ?? 0 });
  if (!servedAt) return isolated;
  const fileUrls = opts.readRoots.map((root) => `${pathToFileURL(root).href}/`);
  return { ...isolated, seal: async () => {
    await page.evaluate(linkAsLocal, servedAt, fileUrls);
    await isolated.seal();
  } };
}

/**
 * Runs in the page before it prints. Chrome writes a link to a file of the deck
 * (`[data](assets/data.csv)`) into the PDF as an absolute URL: from the page
 * server, a port and path that exist only during this export. As printed
 * locally, it is the file's file: URL instead, so the PDF does not depend on
 * where the pages were loaded from.
 */
function linkAsLocal(served: string[], local: string[]): void {
  const page = location.href.replace(/#.*$/, '');
  for (const link of Array.from(document.querySelectorAll('a[href], area[href]'))) {
    const href = new URL(link.getAttribute('href')!, document.baseURI).href;
    // A link within the page (#slide-id) is a link inside the PDF: left as it is.
    if (href.replace(/#.*$/, '') === page) continue;
    const at = served.findIndex((base) => href.startsWith(base));
    if (at >= 0) link.setAttribute('href', local[at] + href.slice(served[at]!.length));
  }
}
