/**
 * The one browser that all jobs of a command share. Started on first use,
 * started again when it has died (jobs retry once after a crash), and every
 * browser it ever started is closed by `close()`.
 */
import type { Browser, Page } from 'puppeteer';
import { closeBrowser } from './launch-browser.js';

export class BrowserSession {
  private current: Promise<Browser> | undefined;
  private readonly launched: Promise<Browser>[] = [];
  private closed = false;
  /** A tab opened as soon as the browser is up (~0.1 s), for the first job. */
  private spare: { browser: Browser; page: Promise<Page | undefined> } | undefined;

  /**
   * @param start launches (or connects to) a browser
   * @param preparePage sets a new tab up for the session's jobs
   */
  constructor(
    private readonly start: () => Promise<Browser>,
    private readonly preparePage: (browser: Browser) => Promise<Page>,
  ) {}

  /** A connected browser: the current one, or a new one if it has died. */
  async get(): Promise<Browser> {
    if (this.closed) throw new Error('the browser session is closed');
    const pending = this.current;
    if (pending) {
      const browser = await pending;
      if (browser.connected) return browser;
      // Several jobs may notice the same crash; only the first relaunches.
      if (this.current !== pending) return this.get();
    }
    const launching = this.start();
    this.current = launching;
    this.launched.push(launching);
    launching.then(
      (browser) => {
        if (this.current === launching) this.spare = { browser, page: this.preparePage(browser).catch(() => undefined) };
      },
      () => undefined,
    );
    return launching;
  }

  /** A new tab in `browser`: the spare one when it was opened there, else a fresh one. */
  async newPage(browser: Browser): Promise<Page> {
    const spare = this.spare;
    this.spare = undefined;
    const page = spare?.browser === browser ? await spare.page : undefined;
    return page && !page.isClosed() ? page : this.preparePage(browser);
  }

  async close(): Promise<void> {
    this.closed = true;
    const browsers = await Promise.allSettled(this.launched);
    await Promise.all(browsers.map((b) => (b.status === 'fulfilled' ? closeBrowser(b.value) : Promise.resolve())));
  }
}
