/**
 * How a command gets its browser: connect to a lent one (`browserUrl`), or find
 * one on this machine and launch it.
 */
import type { Browser } from 'puppeteer';
import { findBrowser } from './find-browser.js';
import { closeBrowser, launchBrowser, type BrowserTimeouts } from './launch-browser.js';
import { connectLentBrowser } from './lent-browser.js';

export interface BrowserChoice extends BrowserTimeouts {
  /** --browser-path; otherwise the environment and the usual places are searched. */
  browserPath?: string;
  /** A running browser to use instead of launching one: http://host:port or ws://…. */
  browserUrl?: string;
  /** With browserUrl: the address of this machine the lent browser loads the pages from (default 127.0.0.1). */
  serveHost?: string;
  /** Environment for discovery (CHROME_PATH, PUPPETEER_EXECUTABLE_PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** A function that starts the chosen browser; a browser that cannot be found is its rejection. */
export function browserStarter(choice: BrowserChoice): () => Promise<Browser> {
  const timeouts = choice.timeoutMs === undefined ? {} : { timeoutMs: choice.timeoutMs };
  if (choice.browserUrl) {
    const url = choice.browserUrl;
    return () => connectLentBrowser(url, { ...timeouts, ...(choice.serveHost ? { serveHost: choice.serveHost } : {}) });
  }
  const found = findBrowser({ ...(choice.browserPath ? { browserPath: choice.browserPath } : {}), env: choice.env ?? process.env });
  found.catch(() => undefined);
  return async () => launchBrowser(await found, timeouts);
}

/** Runs `work` with a browser of its own, closed on every path. */
export async function withBrowser<T>(choice: BrowserChoice, work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await browserStarter(choice)();
  try {
    return await work(browser);
  } finally {
    await closeBrowser(browser);
  }
}
