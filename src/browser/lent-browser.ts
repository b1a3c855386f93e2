/**
 * A browser someone else runs (--browser-url: http://host:port of its DevTools
 * endpoint, or the ws:// endpoint a browser pool gives). deckpress never closes
 * it: it opens its tabs in a browser context of its own, created with
 * `disposeOnDetach`, so Chrome itself closes them when the connection ends, on
 * every path (a signal, a crash of deckpress, a dropped connection). The pages
 * come from a page server of this export (page-server.ts), and the context sends
 * every other request to a proxy that refuses it (the offline rule of local printing).
 */
import { randomUUID } from 'node:crypto';
import type { Browser, CDPSession, Page } from 'puppeteer';
import { pdfError } from '../diagnostics/pdf-error.js';
import { launchDetail, onCloseBrowser, protocolTimeout, VIEWPORT, type BrowserTimeouts } from './launch-browser.js';
import { OFFLINE_PROXY } from './offline-flags.js';
import { startPageServer, type PageServer } from './page-server.js';
import type { Transport } from './pipe-transport.js';
import { openWebSocket, webSocketEndpoint } from './websocket-transport.js';
import { within } from './within.js';

export interface LentBrowserOptions extends BrowserTimeouts {
  /** --serve-host: the address the page server binds to, as the browser reaches it (default 127.0.0.1). */
  serveHost?: string;
}

interface LentContext {
  session: CDPSession;
  contextId: string;
  server: PageServer;
}

const lent = new WeakMap<Browser, LentContext>();

/** Opening or closing tabs takes milliseconds; a browser that needs this long has gone. */
const TAB_MS = 10_000;
/** Without --timeout, connecting (and creating the context) may take this long. */
const DEFAULT_CONNECT_MS = 30_000;
const DEFAULT_SERVE_HOST = '127.0.0.1';

export async function connectLentBrowser(url: string, opts: LentBrowserOptions = {}): Promise<Browser> {
  const host = opts.serveHost ?? DEFAULT_SERVE_HOST;
  let server: PageServer;
  try {
    server = await startPageServer(host);
  } catch (error) {
    throw pdfError('ServeHostUnavailable', { host, detail: launchDetail(error) }, error);
  }
  const limitMs = opts.timeoutMs ?? DEFAULT_CONNECT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${Math.round(limitMs / 1000)} s`)), limitMs);
  const gaveUp = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
  gaveUp.catch(() => undefined);
  let transport: Transport | undefined;
  try {
    const endpoint = await webSocketEndpoint(url, controller.signal);
    transport = await openWebSocket(endpoint, controller.signal);
    const { default: puppeteer } = await import('puppeteer');
    const browser = await Promise.race([puppeteer.connect({ transport, protocolTimeout: protocolTimeout(opts), defaultViewport: VIEWPORT }), gaveUp]);
    const session = await Promise.race([browser.target().createCDPSession(), gaveUp]);
    const { browserContextId } = await Promise.race([
      session.send('Target.createBrowserContext', {
        disposeOnDetach: true,
        proxyServer: OFFLINE_PROXY,
        // Loopback too goes to the proxy, except the page server.
        proxyBypassList: `<-loopback>;${new URL(server.origin).host}`,
      }),
      gaveUp,
    ]);
    const context: LentContext = { session, contextId: browserContextId, server };
    lent.set(browser, context);
    onCloseBrowser(browser, closeLent(browser, context));
    return browser;
  } catch (error) {
    transport?.close();
    await server.close();
    throw pdfError('BrowserUnreachable', { url, detail: connectDetail(error) }, error);
  } finally {
    clearTimeout(timer);
  }
}

/** The page server of a lent browser's session; undefined for a launched browser, which reads files itself. */
export function pageServerOf(browser: Browser): PageServer | undefined {
  return lent.get(browser)?.server;
}

/** A new tab: in deckpress's own context when the browser is lent. */
export async function openTab(browser: Browser): Promise<Page> {
  const context = lent.get(browser);
  if (!context) return browser.newPage();
  // puppeteer knows the tab by its URL only: the target id is not public.
  const marker = `about:blank#deckpress-${randomUUID()}`;
  const found = browser.waitForTarget((target) => target.url() === marker, { timeout: TAB_MS });
  found.catch(() => undefined);
  await context.session.send('Target.createTarget', { url: marker, browserContextId: context.contextId });
  const page = await (await found).page();
  if (!page) throw new Error('the lent browser opened no page');
  await page.evaluateOnNewDocument(disableWebRtc);
  return page;
}

/** Tabs and context go first (if the connection still holds), then the connection and the page server. */
function closeLent(browser: Browser, context: LentContext): () => Promise<void> {
  let ended: Promise<void> | undefined;
  return () =>
    (ended ??= (async () => {
      // Not waited on long: a connection that hangs is dropped, and Chrome then disposes the context itself.
      if (browser.connected) await within(TAB_MS, context.session.send('Target.disposeBrowserContext', { browserContextId: context.contextId }));
      await browser.disconnect().catch(() => undefined);
      await context.server.close();
    })());
}

/**
 * Runs in every page before its scripts. A launched browser keeps WebRTC's UDP
 * off the network with a command-line policy (offline-flags.ts) that a lent one
 * was not started with, and the context's proxy does not carry UDP: so the page
 * gets no peer connection at all.
 */
function disableWebRtc(): void {
  for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceTransport']) {
    Object.defineProperty(window, name, { value: undefined, writable: false, configurable: false });
  }
}

/** fetch() says only "fetch failed"; why (ECONNREFUSED, ENOTFOUND…) is its cause. */
function connectDetail(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return launchDetail(error) + cause;
}
