#!/usr/bin/env node
/**
 * Measures the advance width of every Latin character in Inter ExtraBold (the
 * report theme's headline face, weight 800) in the real browser, and the kerning
 * of every pair of common characters (it changes a line's width by about 1%), and
 * writes the tables `deckpress lint` uses to estimate whether a headline fits:
 *   node scripts/measure-headline-widths.js [--browser-path /usr/bin/chromium]
 * `npm run generate` runs it when the font file changed (scripts/headline-font.js).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer';
import { FONT_FILE, WIDTHS_FILE, fontIdentity } from './headline-font.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'browser-path': { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' } } });
const OUT = join(root, WIDTHS_FILE);

// Printable ASCII, Latin-1, and the typographic marks headlines use.
const chars = [];
for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCodePoint(c));
for (let c = 0xa0; c <= 0xff; c++) chars.push(String.fromCodePoint(c));
for (const ch of '‘’“”‚„–—…•€−→←↑↓™′″‹›') if (!chars.includes(ch)) chars.push(ch);
const KERN_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;-\'"’‘“”()/ –—$%'];

const font = (await readFile(FONT_FILE)).toString('base64');
const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await puppeteer.launch({ executablePath: values['browser-path'], headless: true, args });
try {
  const page = await browser.newPage();
  const { widths, pairs } = await page.evaluate(async (font64, list, kernChars) => {
    const bytes = Uint8Array.from(atob(font64), (c) => c.charCodeAt(0));
    const face = new FontFace('InterMeasure', bytes.buffer, { weight: '800' });
    document.fonts.add(await face.load());
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '800 1000px InterMeasure';
    const widths = list.map((ch) => ctx.measureText(ch).width);
    // Kerning: what a pair measures beyond its two characters (ignored under 3/1000 em).
    const pairs = {};
    for (const [i, a] of kernChars.entries()) {
      for (const [j, b] of kernChars.entries()) {
        const k = Math.round(ctx.measureText(a + b).width - widths[list.indexOf(a)] - widths[list.indexOf(b)]);
        if (Math.abs(k) >= 3) pairs[a + b] = k;
      }
    }
    return { widths: widths.map(Math.round), pairs };
  }, font, chars, KERN_CHARS);
  const rows = [];
  for (let i = 0; i < chars.length; i += 8) {
    rows.push('  ' + chars.slice(i, i + 8).map((ch, j) => `${JSON.stringify(ch)}: ${widths[i + j]}`).join(', ') + ',');
  }
  const kerns = Object.entries(pairs);
  const kernRows = [];
  for (let i = 0; i < kerns.length; i += 12) kernRows.push('  ' + kerns.slice(i, i + 12).map(([pair, k]) => `${JSON.stringify(pair)}: ${k}`).join(', ') + ',');
  const text = `/**
 * Advance widths of Inter ExtraBold (weight 800), and the kerning of character
 * pairs, in thousandths of an em, measured in Chromium by
 * scripts/measure-headline-widths.js (npm run generate). Generated: do not edit.
 * Measured from ${await fontIdentity()}
 */
export const INTER_800_WIDTHS: Readonly<Record<string, number>> = {
${rows.join('\n')}
};

export const INTER_800_KERNING: Readonly<Record<string, number>> = {
${kernRows.join('\n')}
};
`;
  await writeFile(OUT, text);
  process.stdout.write(`wrote ${OUT} (${chars.length} characters, ${kerns.length} kerning pairs)\n`);
} finally {
  await browser.close();
}
