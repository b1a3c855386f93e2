/**
 * `deckpress diff --report DIR` opened in real Chromium from file://: every image
 * (before, after, changed pixels) loads, the value table shows the change and
 * its cell, the links open the slides in both decks, and the page logs no error.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { writeDiffProject, type DiffProject } from '../cli/diff-deck.js';

let p: DiffProject;
let report: string;
let stdout: string;

beforeAll(async () => {
  p = await writeDiffProject();
  const a = await p.build('a');
  await p.edit('data/revenue.csv', (t) => t.replace('2024,3700000000', '2024,4200000000'));
  await p.edit('sections/02-more.md', (t) => `${t}\n---\nid: more-three\n---\n\n# More three\n`);
  const b = await p.build('b');
  report = join(p.project, 'report');
  const result = await p.diff(a, b, '--report', report);
  expect(result.stderr).toBe(`report: ${join(report, 'index.html')}\n`);
  expect(result.code).toBe(1);
  stdout = result.stdout;
});

afterAll(async () => {
  await rm(p.project, { recursive: true, force: true });
});

describe('diff report', () => {
  it('has images of the changed and added slides only, with the changed pixels marked', async () => {
    expect(stdout).toContain('added    more-three');
    const images = (await readdir(join(report, 'images'))).sort();
    expect(images).toEqual([
      '001-revenue-text-after.png', '001-revenue-text-before.png', '001-revenue-text-diff.png',
      '002-revenue-chart-after.png', '002-revenue-chart-before.png', '002-revenue-chart-diff.png',
      'added-more-three.png',
    ].sort());
    const png = PNG.sync.read(await readFile(join(report, 'images', '001-revenue-text-diff.png')));
    expect([png.width, png.height]).toEqual([1280, 720]);
    // pixelmatch paints changed pixels in the diff colour: some, not the whole slide.
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 230 && png.data[i + 1] === 30 && png.data[i + 2] === 60) red++;
    expect(red).toBeGreaterThan(50);
    expect(red).toBeLessThan(png.width * png.height * 0.05);
  });

  it('loads every image in Chromium, without a console error, and links to both decks', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      await page.goto(pathToFileURL(join(report, 'index.html')).href, { waitUntil: 'load' });
      const images = await page.$$eval('img', (imgs) => imgs.map((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth === 1280 })));
      expect(images).toHaveLength(7);
      expect(images.filter((i) => !i.loaded)).toEqual([]);
      const table = await page.$eval('#slide-revenue-text table', (t) => (t as HTMLElement).innerText);
      expect(table).toMatch(/\$3\.7B\s+\$4\.2B\s+data\/revenue\.csv \[2024\] revenue_usd/);
      const links = await page.$$eval('#slide-revenue-text .links a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual([pathToFileURL(join(p.project, 'builds/a/money/index.html')).href + '#/revenue-text', pathToFileURL(join(p.project, 'builds/b/money/index.html')).href + '#/revenue-text']);
      // The link opens the deck on that slide.
      await page.goto(links[1]!, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('section.present')?.id === 'revenue-text');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
