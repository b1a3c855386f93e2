/**
 * What a page may load, per tab: the files under its read roots (the deck's
 * built output, which holds its theme and fonts) and data:/blob: URLs. Every
 * other file: request is refused before it is read; the network is already
 * unreachable (offline-flags.ts), and requests that tried are recorded.
 * Dialogs (alert, confirm, prompt, beforeunload) are dismissed, not waited on.
 *
 * puppeteer's request interception decides each request (a round trip to Node
 * per request; the cache stays on). Not a DevTools session of our own for file:
 * requests only: with a second session attached to the page, Chrome printed the
 * 212-slide bench deck about 2× slower, even after the session was detached.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

export interface PagePolicy {
  /** Folders whose files the page may read (their subfolders too). */
  readRoots: string[];
  /** In a lent browser: the URL of each read root on the page server (page-server.ts), in the same order; file: URLs are refused. */
  servedAt?: string[];
  /**
   * Answers the request for `url` with `html` instead of the file: a part of the
   * print document keeps the document's URL, so its relative and `#` links
   * resolve as they do in the file.
   */
  serve?: { url: string; html: string };
}

export interface PageDialog {
  type: string;
  message: string;
}

/** What the page tried that the policy stopped, and local files that failed. */
export interface PageReport {
  /** Network URLs requested (none of them reached the network). */
  remote: string[];
  /** file: URLs outside the read roots, refused. */
  blockedFiles: string[];
  /** Paths of files inside the read roots that could not be read. */
  missingFiles: string[];
  dialogs: PageDialog[];
}

export interface IsolatedPage {
  /** What the page tried so far. */
  report(): PageReport;
  /** Once the page has loaded and been measured: its scripts stop for good, so no timer changes what prints. */
  seal(): Promise<void>;
}

/** Applies the policy to `page` (before it navigates). */
export async function isolatePage(page: Page, policy: PagePolicy): Promise<IsolatedPage> {
  const remote = new Set<string>();
  const blocked = new Set<string>();
  const missing = new Set<string>();
  const dialogs: PageDialog[] = [];
  const roots = await Promise.all(policy.readRoots.map(async (root) => realpath(root).catch(() => resolve(root))));
  const served = policy.servedAt ?? [];
  const servedRoot = (url: string) => served.findIndex((base) => url.startsWith(base));
  // Asked by the browser itself of every http: page, not by the page: answered empty here (a 404 or a refusal is a console error).
  const favicon = served.length ? new URL('/favicon.ico', served[0]).href : undefined;

  page.on('requestfailed', (request: HTTPRequest) => {
    const url = request.url();
    if (/^file:/i.test(url) && !blocked.has(url)) missing.add(decodeURI(url.replace(/^file:\/\//i, '')));
  });
  // A served file that is missing is an HTTP 404, not a failed request.
  if (served.length) page.on('response', (response) => {
    const at = servedRoot(response.url());
    if (at >= 0 && response.status() >= 400) missing.add(join(roots[at]!, decodeURI(response.url().slice(served[at]!.length).replace(/[?#].*$/, ''))));
  });
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => undefined);
  });
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    void (async () => {
      const url = request.url();
      if (/^(data|blob|about):/i.test(url)) return request.continue();
      // A part of the print document (print-chunks.ts), at the document's URL: served or file:.
      if (url === policy.serve?.url) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: policy.serve.html });
      if (servedRoot(url) >= 0) return request.continue();
      if (url === favicon) return request.respond({ status: 204 });
      if (/^file:/i.test(url) && !served.length && (await readable(url, roots))) return request.continue();
      if (/^file:/i.test(url)) blocked.add(url);
      else remote.add(url);
      return request.abort(/^file:/i.test(url) ? 'accessdenied' : 'blockedbyclient');
    })().catch(() => undefined);
  });

  return {
    report: () => ({ remote: [...remote].sort(), blockedFiles: [...blocked].sort(), missingFiles: [...missing].sort(), dialogs: [...dialogs] }),
    seal: () => page.setJavaScriptEnabled(false),
  };
}

/** Inside a read root, after following symbolic links (a link out of the deck is outside it). */
async function readable(url: string, roots: string[]): Promise<boolean> {
  let path: string;
  try {
    path = fileURLToPath(url.replace(/[?#].*$/, ''));
  } catch {
    return false;
  }
  const real = await realpath(path).catch(() => resolve(path));
  return roots.some((root) => {
    const rel = relative(root, real);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  });
}
