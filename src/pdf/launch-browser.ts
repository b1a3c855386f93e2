/**
 * Starts the one headless browser an export shares, and closes it for sure.
 * The process is spawned at once (spawn-browser.ts); puppeteer, imported lazily so
 * commands that never print start fast, connects to it over the pipe.
 */
import type { Browser } from 'puppeteer';
import type { FoundBrowser } from './find-browser.js';
import { pdfError } from './pdf-error.js';
import { spawnBrowser, type SpawnedBrowser } from './spawn-browser.js';

/** Added to puppeteer's defaults: no GPU, and nothing fetched in the background (the PDF is made offline). */
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // No request leaves the machine: every one, loopback included, goes to a proxy
  // on a closed local port and fails there. file: and data: URLs never use it.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  // Headless Chrome still loads the omnibox popup's WebUI in a renderer of its own:
  // ~0.7 s of CPU while our page loads and prints, on a 2-core machine half of it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** The process behind each browser deckpress started (puppeteer.connect() does not know it). */
const spawned = new WeakMap<Browser, SpawnedBrowser>();

export async function launchBrowser(found: FoundBrowser, timeoutMs = 30_000): Promise<Browser> {
  const args = [...BROWSER_ARGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // The browser starts first; puppeteer loads meanwhile and connects over the pipe.
  const child = spawnBrowser(found.path, args, found.headlessShell);
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms while waiting for the browser to start`)), timeoutMs);
    void child.exited.then(({ code, signal, stderr }) => reject(new Error(`${stderr.trim()}\nThe browser exited (${signal ?? `code ${code}`}) before it could be used.`)));
  });
  failed.catch(() => undefined);
  try {
    const { default: puppeteer } = await Promise.race([import('puppeteer'), failed]);
    const browser = await Promise.race([puppeteer.connect({ transport: child.transport, defaultViewport: { width: 800, height: 600 } }), failed]);
    spawned.set(browser, child);
    return browser;
  } catch (error) {
    child.kill();
    throw pdfError('BrowserLaunchFailed', { path: found.path, detail: launchDetail(error) }, error);
  } finally {
    clearTimeout(timer);
  }
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

/**
 * Ends the browser: its process group is killed and its temporary profile removed.
 * Nothing in it needs a graceful shutdown (the profile is thrown away), and a
 * polite Browser.close took ~0.1 s at the end of every export.
 */
export async function closeBrowser(browser: Browser, graceMs = 5_000): Promise<void> {
  const child = spawned.get(browser);
  if (!child) return;
  child.kill();
  browser.disconnect().catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([child.exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
}
