/**
 * `deckpress dev` with real Chromium: an edited CSV cell shows on the same slide
 * and fragment within a second; a YAML error shows over the last good deck with
 * its code and file:line, and fixing it clears the overlay; the PDF is exported
 * on demand.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/serve/start-dev-server.js';
import { launchChromium } from '../helpers/chromium.js';
import { writeMiniDeck } from '../unit/serve/mini-deck.js';

/* The page's reveal.js API, as far as this test uses it. */
declare const Reveal: {
  isReady(): boolean;
  on(event: string, cb: () => void): void;
  getIndices(): { h: number; v: number; f?: number };
  getCurrentSlide(): HTMLElement;
  nextFragment(): boolean;
};
declare const window: Window & { beforeEdit?: boolean };

const OVERLAY = 'deckpress-dev-overlay';
let project: string;
let deckDir: string;
let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;
/** The server's builds, shown when an assertion fails. */
const builds: string[] = [];

/** Polls `probe` in the page until it returns something; a reload in between is not an error. */
async function waitInPage<T>(probe: () => T | null, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await page.evaluate(probe).catch(() => null);
    if (value !== null && value !== undefined) return value as T;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

const where = () => page.evaluate(() => ({ id: Reveal.getCurrentSlide().id, ...Reveal.getIndices() }));
const revenueText = () => page.evaluate(() => document.getElementById('revenue')?.textContent ?? '');

beforeAll(async () => {
  ({ project, deckDir } = await writeMiniDeck());
  server = await startDevServer({ deckDir, port: 0, onBuild: (r) => builds.push(`ok=${r.ok} changed=${r.changed} id=${r.buildId} ${r.diagnostics.map((d) => d.code).join(',')}`) });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${server.url}#/revenue`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise<void>((resolve) => (Reveal.isReady() ? resolve() : Reveal.on('ready', () => resolve()))));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(project, { recursive: true, force: true });
});

describe('deckpress dev in the browser', () => {
  it('shows an edited CSV cell on the same slide and fragment within a second', async () => {
    await page.evaluate(() => {
      Reveal.nextFragment();
      Reveal.nextFragment();
    });
    const before = await where();
    expect(before).toMatchObject({ id: 'revenue', f: 1 });
    expect(await revenueText()).toContain('Revenue reached $3.7B');

    await page.evaluate(() => (window.beforeEdit = true));
    const csv = join(deckDir, 'data', 'revenue.csv');
    const started = Date.now();
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('3700000000', '4200000000'));
    const shown = await waitInPage(() => {
      const slide = document.getElementById('revenue');
      // A reloaded page (no marker), back where it was, the new number on the slide being shown.
      const settled = document.documentElement.getAttribute('data-deckpress-dev') === 'ready';
      if (window.beforeEdit || !settled || !slide?.textContent?.includes('$4.2B')) return null;
      return { id: Reveal.getCurrentSlide().id, ...Reveal.getIndices() };
    }, 5000);
    const elapsed = Date.now() - started;

    expect(shown).toEqual(before);
    expect(elapsed, builds.join('\n')).toBeLessThan(1000);
  });

  it('shows a YAML error over the last good deck, and clears it when the file is fixed', async () => {
    const file = join(deckDir, 'sections', '01-money.md');
    const good = await readFile(file, 'utf8');
    const broken = good.replace('id: revenue\n', 'id: [revenue\n');
    const line = broken.split('\n').indexOf('id: [revenue') + 1;
    await page.evaluate(() => (window.beforeEdit = true));

    await writeFile(file, broken);
    const overlay = await waitInPage(() => document.getElementById('deckpress-dev-overlay')?.textContent ?? null, 5000);
    expect(overlay).toContain('YamlSyntax');
    expect(overlay).toContain(`decks/mini/sections/01-money.md:${line}:`);
    // The last good deck stays, on the same slide, without a reload.
    expect(await page.evaluate(() => window.beforeEdit)).toBe(true);
    expect(await revenueText()).toContain('$4.2B');
    expect((await where()).id).toBe('revenue');

    await writeFile(file, good);
    const cleared = await waitInPage(() => (document.getElementById('deckpress-dev-overlay') ? null : true), 5000);
    expect(cleared, builds.join('\n')).toBe(true);
    expect(await page.$(`#${OVERLAY}`)).toBeNull();
    expect(await revenueText()).toContain('$4.2B');
  });

  it('exports the current PDF on GET /<deck>.pdf', async () => {
    const res = await fetch(`${server!.url}mini.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(server!.builder.compiled!.targets[0]!.rendered.pageCount);
    expect(pdf.getTitle()).toBe('Mini deck');
    // Until the next build, the same file is served again, not exported again.
    const again = new Uint8Array(await (await fetch(`${server!.url}mini.pdf`)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
