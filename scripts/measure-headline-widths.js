#!/usr/bin/env node
/**
 * Measures the advance width of every Latin character in Inter ExtraBold (the
 * report theme's headline face, weight 800) in the real browser, and writes the
 * table `deckpress lint` uses to estimate whether a headline fits:
 *   node scripts/measure-headline-widths.js [--browser-path /usr/bin/chromium]
 * Run it again only when the theme's headline font changes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'browser-path': { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' } } });
const require = createRequire(import.meta.url);
const fontFile = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files', 'inter-latin-800-normal.woff2');
const OUT = join(root, 'src', 'lint', 'headline-font-widths.ts');

// Printable ASCII, Latin-1, and the typographic marks headlines use.
const chars = [];
for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCodePoint(c));
for (let c = 0xa0; c <= 0xff; c++) chars.push(String.fromCodePoint(c));
for (const ch of '‘’“”‚„–—…•€−→←↑↓™′″‹›') if (!chars.includes(ch)) chars.push(ch);

const font = (await readFile(fontFile)).toString('base64');
const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await puppeteer.launch({ executablePath: values['browser-path'], headless: true, args });
try {
  const page = await browser.newPage();
  const widths = await page.evaluate(async (font64, list) => {
    const bytes = Uint8Array.from(atob(font64), (c) => c.charCodeAt(0));
    const face = new FontFace('InterMeasure', bytes.buffer, { weight: '800' });
    document.fonts.add(await face.load());
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '800 1000px InterMeasure';
    return list.map((ch) => Math.round(ctx.measureText(ch).width));
  }, font, chars);
  const rows = [];
  for (let i = 0; i < chars.length; i += 8) {
    rows.push('  ' + chars.slice(i, i + 8).map((ch, j) => `${JSON.stringify(ch)}: ${widths[i + j]}`).join(', ') + ',');
  }
  const text = `/**
 * Advance widths of Inter ExtraBold (weight 800), in thousandths of an em, measured
 * in Chromium by scripts/measure-headline-widths.js. Generated: do not edit.
 */
export const INTER_800_WIDTHS: Readonly<Record<string, number>> = {
${rows.join('\n')}
};
`;
  await writeFile(OUT, text);
  process.stdout.write(`wrote ${OUT} (${chars.length} characters)\n`);
} finally {
  await browser.close();
}
