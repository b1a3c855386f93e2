#!/usr/bin/env node
// Screenshots of a built deck's slides, for looking at them while working on
// layouts and themes: node scripts/screenshot.js dist/<deck> OUT_DIR [first-last]
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const [deckDir, outDir = 'screenshots', range] = process.argv.slice(2);
if (!deckDir) {
  console.error('usage: node scripts/screenshot.js dist/<deck> [out-dir] [first-last]');
  process.exit(2);
}
const [first, last] = (range ?? '1-9999').split('-').map(Number);
await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(resolve(deckDir, 'print.html')).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const count = await page.$$eval('.print-deck > section', (s) => s.length);
  for (let i = first; i <= Math.min(last, count); i++) {
    const section = (await page.$$('.print-deck > section'))[i - 1];
    await section.screenshot({ path: `${outDir}/slide-${String(i).padStart(3, '0')}.png` });
  }
  console.log(`${Math.min(last, count) - first + 1} screenshots in ${outDir}/`);
} finally {
  await browser.close();
}
