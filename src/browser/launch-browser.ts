/**
 * Starts the headless browser a command shares, and closes it
 * for sure. The process is spawned at once (spawn-browser.ts) and puppeteer,
 * imported lazily so commands that never print start fast, connects to it over
 * the pipe (no port; the browser ends by itself when deckpress dies).
 */
import type { Browser, ConnectOptions } from 'puppeteer';
import { pdfError } from '../diagnostics/pdf-error.js';
import type { FoundBrowser } from './find-browser.js';
import { killProcessGroup, trackBrowser } from './live-browsers.js';
import { OFFLINE_ARGS } from './offline-flags.js';
import { createProfile, removeProfile, removeStaleProfiles } from './profile-dir.js';
import { spawnBrowser } from './spawn-browser.js';
import { within } from './within.js';

/** Added to puppeteer's defaults (spawn-browser.ts merges the feature lists). */
const BROWSER_ARGS = [
  '--disable-gpu',
  ...OFFLINE_ARGS,
  // Headless Chrome still loads the omnibox popup's WebUI in a renderer of its own:
  // ~0.7 s of CPU while our page loads and prints, on a 2-core machine half of it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export interface BrowserTimeouts {
  /**
   * --timeout, in ms: how long any one call to the browser may take (and starting
   * it, if that is longer than 30 s). Without it, calls have no limit of their own:
   * each PDF job has its own, which grows with its pages.
   */
  timeoutMs?: number;
}

/**
 * puppeteer's limit for one DevTools call (its default, 180 s, ended a 5,429-page
 * export). A moment longer than --timeout, so that a job's own timer, started
 * first with the same limit, reports which phase was too slow.
 */
export function protocolTimeout(opts: BrowserTimeouts): number {
  return opts.timeoutMs === undefined ? 0 : opts.timeoutMs + 1_000;
}

const DEFAULT_LAUNCH_MS = 30_000;
export const VIEWPORT = { width: 800, height: 600 };

/** How each browser ends: launched ones are killed, lent ones only disconnected. */
const closers = new WeakMap<Browser, () => Promise<void>>();

export async function launchBrowser(found: FoundBrowser, opts: BrowserTimeouts = {}): Promise<Browser> {
  // Profiles of runs killed with SIGKILL are removed meanwhile.
  const stale = removeStaleProfiles();
  const profile = await createProfile();
  const args = [...BROWSER_ARGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // The browser starts first; puppeteer loads meanwhile and connects over the pipe.
  const child = spawnBrowser(found.path, args, found.headlessShell, profile);
  const pid = child.process.pid;
  const untrack = trackBrowser({ pid, profile });
  const launchMs = Math.max(DEFAULT_LAUNCH_MS, opts.timeoutMs ?? 0);
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${launchMs} ms while waiting for the browser to start`)), launchMs);
    void child.exited.then(({ code, signal, stderr }) => reject(new Error(`${stderr.trim()}\nThe browser exited (${signal ?? `code ${code}`}) before it could be used.`)));
  });
  failed.catch(() => undefined);
  let browser: Browser;
  try {
    const [{ default: puppeteer }] = await Promise.race([Promise.all([import('puppeteer'), child.transport.whenReady()]), failed]);
    const options: ConnectOptions = { transport: child.transport, protocolTimeout: protocolTimeout(opts), defaultViewport: VIEWPORT };
    browser = await Promise.race([puppeteer.connect(options), failed]);
  } catch (error) {
    killProcessGroup(pid);
    untrack();
    await removeProfile(profile);
    throw pdfError('BrowserLaunchFailed', { path: found.path, detail: launchDetail(error) }, error);
  } finally {
    clearTimeout(timer);
    await stale;
  }
  let ended: Promise<void> | undefined;
  // A polite Browser.close took ~0.1 s, and nothing in the throwaway profile needs it.
  const end = () =>
    (ended ??= (async () => {
      killProcessGroup(pid);
      browser.disconnect().catch(() => undefined);
      // Until the killed process has exited, so its profile can be removed.
      await within(EXIT_GRACE_MS, child.exited);
      untrack();
      await removeProfile(profile);
    })());
  // A browser that dies by itself leaves helpers and its profile: both go too.
  browser.once('disconnected', () => void end());
  void child.exited.then(() => end());
  closers.set(browser, end);
  return browser;
}

/** How `browser` ends when closeBrowser() is called (a lent browser: lent-browser.ts). */
export function onCloseBrowser(browser: Browser, end: () => Promise<void>): void {
  closers.set(browser, end);
}

/** Ends a browser from launchBrowser (killed, profile removed) or a lent one (its tabs closed, disconnected). */
export async function closeBrowser(browser: Browser): Promise<void> {
  await closers.get(browser)?.();
}

const EXIT_GRACE_MS = 5_000;

/** The useful part of puppeteer's launch error: its first lines, without the troubleshooting URL. */
export function launchDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('TROUBLESHOOTING') && !/unexpected operator/.test(l));
  return lines.slice(0, 4).join(' ').slice(0, 500);
}
