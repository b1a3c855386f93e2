/**
 * Starts the one headless browser an export shares, and closes it for sure.
 * puppeteer is imported lazily so commands that never print start fast.
 */
import type { Browser } from 'puppeteer';
import type { FoundBrowser } from './find-browser.js';
import { pdfError } from './pdf-error.js';

/** Added to puppeteer's defaults: no GPU, and nothing fetched in the background (the PDF is made offline). */
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(found: FoundBrowser, timeoutMs = 30_000): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer');
  const args = [...BROWSER_ARGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    return await puppeteer.launch({
      executablePath: found.path,
      headless: found.headlessShell ? 'shell' : true,
      args,
      // A pipe instead of a DevTools port: nothing listens on the network.
      pipe: true,
      timeout: timeoutMs,
      // puppeteer kills the browser if the CLI is interrupted.
      handleSIGINT: true,
      handleSIGTERM: true,
      handleSIGHUP: true,
    });
  } catch (error) {
    throw pdfError('BrowserLaunchFailed', { path: found.path, detail: launchDetail(error) }, error);
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

/** Closes the browser; if it does not answer, kills its process so no Chromium is left behind. */
export async function closeBrowser(browser: Browser, graceMs = 5_000): Promise<void> {
  const proc = browser.process();
  const crashed = !browser.connected;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  try {
    const outcome = await Promise.race([browser.close().then(() => 'closed' as const), timedOut]);
    if (outcome === 'timeout') killGroup(proc?.pid);
  } catch {
    killGroup(proc?.pid);
  } finally {
    clearTimeout(timer);
  }
  // After a crash puppeteer only reaps the main process; its helpers share its process group.
  if (crashed) killGroup(proc?.pid);
}

/** puppeteer starts the browser detached, as the leader of its own process group. */
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
