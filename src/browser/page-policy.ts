/**
 * What a page may load, per tab: the files under its read roots (the deck's
 * built output, which holds its theme and fonts) and data:/blob: URLs. Every
 * other file: request is refused before it is read; the network is already
 * unreachable (offline-flags.ts), and requests that tried are recorded.
 * Dialogs (alert, confirm, prompt, beforeunload) are dismissed, not waited on.
 *
 * Only file: requests are intercepted, in a DevTools session of their own:
 * puppeteer's request interception would stop every request for a round trip
 * to Node and turn the cache off (~0.1 s of a 200-slide print).
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

export interface PagePolicy {
  /** Folders whose files the page may read (their subfolders too). */
  readRoots: string[];
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

const LOCAL = /^(file|data|blob|about):/i;

/** Applies the policy to `page` (before it navigates); the returned function reads the report. */
export async function isolatePage(page: Page, policy: PagePolicy): Promise<() => PageReport> {
  const remote = new Set<string>();
  const blocked = new Set<string>();
  const missing = new Set<string>();
  const dialogs: PageDialog[] = [];
  const roots = await Promise.all(policy.readRoots.map(async (root) => realpath(root).catch(() => resolve(root))));

  page.on('request', (request: HTTPRequest) => {
    if (!LOCAL.test(request.url())) remote.add(request.url());
  });
  page.on('requestfailed', (request: HTTPRequest) => {
    const url = request.url();
    if (/^file:/i.test(url) && !blocked.has(url)) missing.add(decodeURI(url.replace(/^file:\/\//i, '')));
  });
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => undefined);
  });

  const session = await page.createCDPSession();
  session.on('Fetch.requestPaused', (event) => {
    void (async () => {
      const url = event.request.url;
      if (await readable(url, roots)) return session.send('Fetch.continueRequest', { requestId: event.requestId });
      blocked.add(url);
      return session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    })().catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'file://*', requestStage: 'Request' }] });

  return () => ({ remote: [...remote].sort(), blockedFiles: [...blocked].sort(), missingFiles: [...missing].sort(), dialogs: [...dialogs] });
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
