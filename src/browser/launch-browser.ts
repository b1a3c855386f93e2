/**
 * Starts (or connects to) the headless browser a command shares, and closes it
 * for sure. puppeteer launches it over a pipe (no port, and the browser ends by
 * itself when deckpress dies); it is imported lazily so commands that never
 * print start fast.
 */
import type { Browser, ConnectOptions, LaunchOptions } from 'puppeteer';
import { pdfError } from '../diagnostics/pdf-error.js';
import type { FoundBrowser } from './find-browser.js';
import { killProcessGroup, trackBrowser } from './live-browsers.js';
import { OFFLINE_ARGS } from './offline-flags.js';
import { createProfile, removeProfile, removeStaleProfiles } from './profile-dir.js';

/** Added to puppeteer's defaults (puppeteer merges the feature lists). */
export const BROWSER_ARGS = [
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
function protocolTimeout(opts: BrowserTimeouts): number {
  return opts.timeoutMs === undefined ? 0 : opts.timeoutMs + 1_000;
}

const DEFAULT_LAUNCH_MS = 30_000;
const VIEWPORT = { width: 800, height: 600 };

/** How each browser ends: launched ones are killed, lent ones only disconnected. */
const closers = new WeakMap<Browser, () => Promise<void>>();

export async function launchBrowser(found: FoundBrowser, opts: BrowserTimeouts = {}): Promise<Browser> {
  // Profiles of runs killed with SIGKILL are removed meanwhile.
  const stale = removeStaleProfiles();
  const profile = await createProfile();
  const args = [...BROWSER_ARGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const options: LaunchOptions = {
    executablePath: found.path,
    headless: found.headlessShell ? 'shell' : true,
    pipe: true,
    args,
    userDataDir: profile,
    // Chrome's own temporary files (its singleton socket) go into the profile too,
    // so removing the profile removes everything a killed browser leaves.
    env: { ...process.env, TMPDIR: profile },
    // Signals are the CLI's (src/cli/signals.ts), never the library's.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: Math.max(DEFAULT_LAUNCH_MS, opts.timeoutMs ?? 0),
    protocolTimeout: protocolTimeout(opts),
    defaultViewport: VIEWPORT,
  };
  let browser: Browser;
  try {
    const { default: puppeteer } = await import('puppeteer');
    browser = await puppeteer.launch(options);
  } catch (error) {
    await removeProfile(profile);
    throw pdfError('BrowserLaunchFailed', { path: found.path, detail: launchDetail(error) }, error);
  } finally {
    await stale;
  }
  const child = browser.process();
  // puppeteer stops listening to the pipe when it disconnects; the kill that follows
  // resets it, and an unheard 'error' would end the program.
  for (const stream of child?.stdio.slice(3) ?? []) stream?.on('error', () => undefined);
  const pid = child?.pid;
  const untrack = trackBrowser({ pid, profile });
  let ended: Promise<void> | undefined;
  // A polite Browser.close took ~0.1 s, and nothing in the throwaway profile needs it.
  const end = () =>
    (ended ??= (async () => {
      killProcessGroup(pid);
      browser.disconnect().catch(() => undefined);
      await exited(browser);
      untrack();
      await removeProfile(profile);
    })());
  // A browser that dies by itself leaves helpers and its profile: both go too.
  browser.once('disconnected', () => void end());
  closers.set(browser, end);
  return browser;
}

/**
 * A browser someone else runs (`browserURL` http://host:port, or its ws:// endpoint).
 * deckpress only disconnects from it; the same offline policy is applied to each page.
 */
export async function connectBrowser(url: string, opts: BrowserTimeouts = {}): Promise<Browser> {
  const options: ConnectOptions = {
    ...(/^wss?:/i.test(url) ? { browserWSEndpoint: url } : { browserURL: url }),
    protocolTimeout: protocolTimeout(opts),
    defaultViewport: VIEWPORT,
  };
  try {
    const { default: puppeteer } = await import('puppeteer');
    const browser = await puppeteer.connect(options);
    closers.set(browser, () => browser.disconnect().catch(() => undefined));
    return browser;
  } catch (error) {
    throw pdfError('BrowserLaunchFailed', { path: url, detail: launchDetail(error) }, error);
  }
}

/** Ends a browser from launchBrowser (killed, profile removed) or connectBrowser (disconnected). */
export async function closeBrowser(browser: Browser): Promise<void> {
  await closers.get(browser)?.();
}

const EXIT_GRACE_MS = 5_000;

/** Waits (briefly) until the killed process has exited, so its profile can be removed. */
async function exited(browser: Browser): Promise<void> {
  const child = browser.process();
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise((resolve) => child.once('exit', resolve)),
    new Promise((resolve) => (timer = setTimeout(resolve, EXIT_GRACE_MS))),
  ]);
  clearTimeout(timer);
}

/** The useful part of puppeteer's launch error: its first lines, without the troubleshooting URL. */
function launchDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('TROUBLESHOOTING') && !/unexpected operator/.test(l));
  return lines.slice(0, 4).join(' ').slice(0, 500);
}
