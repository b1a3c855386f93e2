/**
 * The one way to open a file of the built output in a tab, isolated by
 * page-policy.ts: from its file: URL in a browser deckpress launched, from the
 * export's page server (page-server.ts) in a lent one, which cannot read this
 * machine's files. The page loads the same bytes either way.
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
}

export async function loadBuiltPage(page: Page, file: string, opts: BuiltPageOptions): Promise<IsolatedPage> {
  const server = pageServerOf(page.browser());
  const servedAt = server ? await Promise.all(opts.readRoots.map((root) => server.share(root))) : undefined;
  const isolated = await isolatePage(page, { readRoots: opts.readRoots, ...(servedAt ? { servedAt } : {}) });
  const url = servedAt ? servedAt[0] + relative(opts.readRoots[0]!, file).split(sep).map(encodeURIComponent).join('/') : pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs ?? 0 });
  return isolated;
}
