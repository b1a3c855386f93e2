/**
 * Launches the system Chromium for e2e tests (never puppeteer's download).
 * Always close what you launch: `try { … } finally { await browser.close() }`.
 */
import puppeteer, { type Browser } from 'puppeteer';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
