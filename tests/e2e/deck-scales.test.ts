/**
 * Every chart slide of both example decks, opened by deep link (a fresh page load
 * on that slide) at four screen sizes, looks the same as the slide reached by
 * moving away and back at 1280×720 with the device pixel ratio that gives it the
 * same size in pixels: reveal scales the slide with a CSS transform, the reference
 * with the screen's resolution, and the two differ only by anti-aliasing. A label
 * that does not paint fails it (the last test proves the comparison sees one).
 * The same holds in the speaker view's current-slide pane.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, writeDeck } from '../../src/pipeline.js';
import { launchChromium } from '../helpers/chromium.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';
import { differingPixels, hideControls, revealReady, shootSlide, type SlideShot } from './helpers/slide-shots.js';

declare const Reveal: { slide(h: number): void; getCurrentSlide(): HTMLElement; getPlugin(id: string): { open(): void } };

interface Deck {
  name: string;
  url: string;
  /** Chart slides: id and position in the deck. */
  charts: { id: string; index: number }[];
}

const DECKS = ['decks/ai-not-a-bubble', 'decks/ai-not-a-bubble-zh'];
const SIZES: [number, number][] = [[1280, 720], [1920, 1080], [3840, 2160], [800, 450]];
/** Differing pixels allowed, per million of the slide's pixels: glyph edges the anti-aliasing check lets through. */
const TOLERANCE_PPM = 150;

let out: string;
let browser: Browser;
/** Two pages, each in a window of its own: a background tab draws no frames. */
let pages: Page[];
let page: Page;
const decks: Deck[] = [];

beforeAll(async () => {
  out = await makeTmpDir();
  for (const dir of DECKS) {
    const compiled = await compileDeck(dir, { variants: [] });
    const slides = compiled.targets[0]!.model.slides;
    const charts = slides.flatMap((s, index) => (s.source?.fm.chart ? [{ id: s.id, index }] : []));
    decks.push({ name: compiled.name, url: pathToFileURL(join(await writeDeck(compiled, out), 'index.html')).href, charts });
  }
  browser = await launchChromium();
  pages = await Promise.all([browser.newPage({ type: 'window' }), browser.newPage({ type: 'window' })]);
  page = pages[0]!;
});

afterAll(async () => {
  await browser?.close();
  await rm(out, { recursive: true, force: true });
});

/** Opens the deck on one slide as a fresh page load: what a deep link, a reload or the dev server's reload does. */
async function openByDeepLink(page: Page, deck: Deck, id: string): Promise<SlideShot> {
  // A query of its own makes it a new document even when the page holds the deck already.
  await page.goto(`${deck.url}?deep-link=${id}#/${id}`, { waitUntil: 'load' });
  await revealReady(page);
  await hideControls(page);
  return shootSlide(page);
}

/**
 * The reference, in the same page (one tab, always in front: a background tab draws
 * no frames, and reveal turns a viewport it sees as narrow into its scroll view):
 * resized to 1280×720 at the device pixel ratio that gives the slide the same size
 * in pixels as `scale`, then moved away from the slide and back.
 */
async function reference(page: Page, index: number, scale: number): Promise<SlideShot> {
  await page.setViewport({ width: 1280, height: 720 });
  await page.waitForFunction(() => innerWidth === 1280 && devicePixelRatio === 1);
  const refScale = await page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: { layout(): void; getScale(): number } }).Reveal;
    reveal.layout();
    return reveal.getScale();
  });
  const dpr = scale / refScale;
  await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: dpr });
  await page.waitForFunction((ratio) => Math.abs(devicePixelRatio - ratio) < 1e-3, {}, dpr);
  await page.evaluate((h) => {
    Reveal.slide(h === 0 ? 1 : h - 1);
    Reveal.slide(h);
  }, index);
  return shootSlide(page);
}

function expectAlike(shot: SlideShot, ref: SlideShot, what: string): void {
  const pixels = Math.min(shot.png.width, ref.png.width) * Math.min(shot.png.height, ref.png.height);
  // Same slide, same size in pixels (±1 from rounding the slide's box).
  expect(Math.abs(shot.png.width - ref.png.width), what).toBeLessThanOrEqual(2);
  const differing = differingPixels(shot.png, ref.png, Math.max(2, Math.round(shot.scale)));
  expect(differing, `${what}: ${differing} of ${pixels} pixels differ`).toBeLessThanOrEqual((pixels * TOLERANCE_PPM) / 1e6);
}

describe('chart slides opened by deep link paint like the reference at every scale', () => {
  for (const [width, height] of SIZES) {
    it(`${width}×${height}`, async () => {
      const jobs = decks.flatMap((deck) => deck.charts.map((chart) => ({ deck, ...chart })));
      expect(decks.every((deck) => deck.charts.length > 5)).toBe(true);
      // The two pages share the jobs.
      await Promise.all(pages.map(async (worker) => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          const { deck, id, index } = job;
          await worker.setViewport({ width, height });
          const shot = await openByDeepLink(worker, deck, id);
          // The 16:9 slide fills the 16:9 screen (reveal's 2% margin aside): no cap on the scale, even at 4K.
          expect(shot.png.width, `${deck.name}#${id} fills the screen`).toBeGreaterThanOrEqual(0.97 * width);
          expectAlike(shot, await reference(worker, index, shot.scale), `${deck.name}#${id} at ${width}×${height}`);
        }
      }));
      // Minutes on a machine shared by many browsers; about 10 s each on a quiet one.
    }, 240_000);
  }
});

describe("the speaker view's current-slide pane", () => {
  it('paints every chart slide like the reference', async () => {
    for (const deck of decks) {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto('about:blank');
      await page.goto(`${deck.url}#/${deck.charts[0]!.id}`, { waitUntil: 'load' });
      await revealReady(page);
      await hideControls(page);
      const opened = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
      await page.evaluate(() => Reveal.getPlugin('notes').open());
      const speaker = (await opened)!;
      try {
        await speaker.setViewport({ width: 1920, height: 1080 });
        const iframe = (await speaker.waitForSelector('#current-slide iframe[src*="receiver"]'))!;
        const pane = (await iframe.contentFrame())!;
        await revealReady(pane);
        await hideControls(pane);
        for (const { id, index } of deck.charts) {
          await page.evaluate((h) => Reveal.slide(h), index);
          await pane.waitForFunction((want) => Reveal.getCurrentSlide().id === want, { timeout: 5000 }, id);
          await hideControls(pane);
          const offset = await iframe.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x + el.clientLeft, y: r.y + el.clientTop };
          });
          const shot = await shootSlide(speaker, pane as Frame, offset);
          const ref = await reference(page, index, shot.scale);
          await page.setViewport({ width: 1280, height: 720 });
          expectAlike(shot, ref, `${deck.name}#${id} in the speaker view`);
        }
      } finally {
        await speaker.close();
      }
    }
  }, 240_000);
});

describe('the comparison', () => {
  it('fails a chart slide with one value label missing', async () => {
    const deck = decks[0]!;
    const { id, index } = deck.charts.find((c) => c.id === 'openai-revenue')!;
    await page.setViewport({ width: 800, height: 450 });
    await openByDeepLink(page, deck, id);
    const hide = await page.addStyleTag({ content: `#${id} .value-label:first-child { visibility: hidden; }` });
    const broken = await shootSlide(page);
    await hide.evaluate((style) => style.remove());
    const ref = await reference(page, index, broken.scale);
    const pixels = broken.png.width * broken.png.height;
    const n = differingPixels(broken.png, ref.png, Math.max(2, Math.round(broken.scale)));
    expect(n).toBeGreaterThan((pixels * TOLERANCE_PPM) / 1e6);
  }, 60_000);
});
