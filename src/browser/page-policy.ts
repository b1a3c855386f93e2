/**
 * What a page may load, per tab: the files under its read roots (the deck's
 * built output, which holds its theme and fonts) and data:/blob: URLs. Every
 * other file: request is refused before it is read; the network is already
 * unreachable (offline-flags.ts), and requests that tried are recorded.
 * Navigating away from the document is cancelled. Dialogs (alert, confirm,
 * prompt, beforeunload) are dismissed, not waited on.
 *
 * The browser enforces the policy itself: the document is served (through
 * puppeteer's request interception) with a Content-Security-Policy header that
 * allows only the read roots, and interception ends there. Deciding every
 * request in Node instead cost a round trip per request on the critical path
 * (document, style sheets, their imports, fonts): ~0.1–0.2 s of a 212-slide
 * export. Not a DevTools session of our own: with a second session attached
 * to the page, Chrome printed the bench deck about 2× slower.
 *
 * A CSP matches URLs, not files on disk: a symbolic link under a read root is
 * followed wherever it leads. deckpress's build output holds none.
 *
 * In a lent browser (`servedAt`) the pages come from the page server, and every
 * request is still decided here, as before: that path was not measured for speed.
 */
import { readFile, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ConsoleMessage, HTTPRequest, Page } from 'puppeteer';
import { isInside } from '../load/is-inside.js';
import { writtenPath } from '../render/decode-link.js';

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

/** A load that failed (refused, missing, or an HTTP error from the page server), with what the page wanted it as. */
export interface FailedLoad {
  url: string;
  /** puppeteer's resource type: "image", "font", "stylesheet", … */
  type: string;
}

export interface IsolatedPage {
  /** What the page tried so far. */
  report(): Promise<PageReport>;
  /** Every load that failed so far, in the order they failed (lint --render reports them by type). */
  failedLoads(): FailedLoad[];
  /** Once the page has loaded and been measured: its scripts stop for good, so no timer changes what prints. */
  seal(): Promise<void>;
}

/** Applies the policy to `page` (before it navigates). */
export async function isolatePage(page: Page, policy: PagePolicy): Promise<IsolatedPage> {
  const remote = new Set<string>();
  const blocked = new Set<string>();
  const dialogs: PageDialog[] = [];
  const given = policy.readRoots.map((root) => resolve(root));
  const roots = await Promise.all(given.map(async (root) => realpath(root).catch(() => root)));
  const refused = (url: string) => (/^file:/i.test(url) ? blocked : remote).add(url);
  const served = policy.servedAt ?? [];
  const servedRoot = (url: string) => served.findIndex((base) => url.startsWith(base));
  // Asked by the browser itself of every http: page, not by the page: answered empty here (a 404 or a refusal is a console error).
  const favicon = served.length ? new URL('/favicon.ico', served[0]).href : undefined;
  /** The path of a file: URL the page may read (never in a lent browser, which reads from the page server). */
  const readablePath = async (url: string) => (/^file:/i.test(url) && !served.length ? readable(url, roots) : undefined);
  const missing = new Set<string>();
  const failedLoads: FailedLoad[] = [];

  page.on('requestfailed', (request: HTTPRequest) => {
    failedLoads.push({ url: request.url(), type: request.resourceType() });
  });
  // A served file that is missing is an HTTP 404, not a failed request (locally, nothing answers in HTTP).
  if (served.length) page.on('response', (response) => {
    const at = servedRoot(response.url());
    if (at < 0 || response.status() < 400) return;
    failedLoads.push({ url: response.url(), type: response.request().resourceType() });
    missing.add(join(roots[at]!, writtenPath(response.url().slice(served[at]!.length)).path));
  });
  page.on('console', (message: ConsoleMessage) => {
    const url = refusedUrl(message);
    if (url) refused(url);
  });
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => undefined);
  });
  await page.evaluateOnNewDocument(cancelNavigations);

  // Only until the document itself has been served with the policy.
  let documentServed = false;
  /**
   * The print document (or a part of it, print-chunks.ts, at the document's URL).
   * Locally it carries the policy as a CSP header: the renderer enforces it from
   * here on and interception ends. A lent browser's requests are all decided here.
   */
  const serveDocument = async (request: HTTPRequest, body: string | Buffer) => {
    if (served.length) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    documentServed = true;
    const headers = { 'Content-Security-Policy': contentSecurityPolicy([...new Set([...given, ...roots])]) };
    await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers, body });
    await page.setRequestInterception(false);
  };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // Requests still paused when the document was served have passed its policy in the renderer.
    if (documentServed) return void request.continue().catch(() => undefined);
    void (async () => {
      const url = request.url();
      if (/^(data|blob|about):/i.test(url)) return request.continue();
      if (url === policy.serve?.url) return serveDocument(request, policy.serve.html);
      if (servedRoot(url) >= 0) return request.continue();
      if (url === favicon) return request.respond({ status: 204 });
      const path = await readablePath(url);
      if (path === undefined) {
        refused(url);
        return request.abort(/^file:/i.test(url) ? 'accessdenied' : 'blockedbyclient');
      }
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return request.continue();
      const body = await readFile(path).catch(() => undefined);
      return body === undefined ? request.abort('failed') : serveDocument(request, body);
    })().catch(() => undefined);
  });

  return {
    report: async () => {
      const attempts = await page.evaluate(readNavigations).catch(() => []);
      for (const url of attempts) if (servedRoot(url) < 0 && (await readablePath(url)) === undefined) refused(url);
      for (const url of new Set(failedLoads.filter((load) => /^file:/i.test(load.url)).map((load) => load.url))) {
        const path = blocked.has(url) ? undefined : await readablePath(url);
        if (path) missing.add(path);
      }
      return { remote: [...remote].sort(), blockedFiles: [...blocked].sort(), missingFiles: [...missing].sort(), dialogs: [...dialogs] };
    },
    failedLoads: () => [...failedLoads],
    seal: () => page.setJavaScriptEnabled(false),
  };
}

/**
 * The URL the policy refused, when `message` is the browser's report of it: the
 * browser reports a refusal on the console with the whole URL (a
 * securitypolicyviolation event gives only "file"). Scripts' own console calls
 * carry their arguments; the browser's reports carry none.
 */
export function refusedUrl(message: ConsoleMessage): string | undefined {
  if (message.args().length > 0 || !/ Content Security Policy/.test(message.text())) return undefined;
  return /'([a-z][\w+.-]*:[^']*)'/i.exec(message.text())?.[1];
}

/**
 * Everything the document and its frames load: files under the roots (by their
 * given and their real path), data: and blob: URLs, inline styles and scripts
 * (slides may carry them). No network scheme is listed, so fetch, WebSocket and
 * the like stop in the renderer. Paths are written as file: URLs write them.
 */
function contentSecurityPolicy(roots: string[]): string {
  // file:///dir/ → file://*/dir/ (any host, so the source has one); ; and , would end the directive or the policy.
  const sources = roots.map((root) => pathToFileURL(root.endsWith(sep) ? root : root + sep).href.replace(/^file:\/\//, 'file://*').replace(/[;,]/g, encodeURIComponent));
  return `default-src ${sources.join(' ')} data: blob: 'unsafe-inline' 'unsafe-eval'`;
}

/**
 * Runs in the page and its frames before their own scripts: a navigation away
 * from the document (a script setting location, a link click, a form, a meta
 * refresh) is cancelled and recorded, so what prints is the document that was
 * loaded. The Navigation API lets the first listener cancel it.
 */
function cancelNavigations(): void {
  const attempts: string[] = [];
  Object.defineProperty(window, '__deckpressNavigations', { value: attempts });
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', (event) => {
    const navigate = event as Event & { destination: { url: string; sameDocument: boolean } };
    if (navigate.destination.sameDocument) return;
    attempts.push(navigate.destination.url);
    event.preventDefault();
  });
}

function readNavigations(): string[] {
  return [...((window as unknown as Record<string, string[] | undefined>)['__deckpressNavigations'] ?? [])];
}

/** The file's path when it lies inside a read root, after following symbolic links (a link out of the deck is outside it). */
async function readable(url: string, roots: string[]): Promise<string | undefined> {
  let path: string;
  try {
    path = fileURLToPath(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const real = await realpath(path).catch(() => resolve(path));
  return roots.some((root) => isInside(real, root, { orSame: true })) ? path : undefined;
}
