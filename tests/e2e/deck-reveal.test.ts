/**
 * The built example deck in real Chromium, from file://: reveal.js starts, shows
 * every slide of the model, makes no network request and logs no error; the nav
 * bar marks the current section; slide URLs are the slide ids; notes and
 * fragments work.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckModel } from '../../src/model/types.js';
import { compileDeck, writeDeck } from '../../src/pipeline.js';
import { launchChromium } from '../helpers/chromium.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

/* The page's reveal.js API, as far as these tests use it. */
declare const Reveal: {
  isReady(): boolean;
  on(event: string, cb: () => void): void;
  getTotalSlides(): number;
  slide(h: number, v?: number, f?: number): void;
  getIndices(): { h: number; f?: number };
  getCurrentSlide(): HTMLElement;
  hasPlugin(id: string): boolean;
  getSlideNotes(slide?: HTMLElement): string;
  nextFragment(): boolean;
};

let out: string;
let model: DeckModel;
let browser: Browser | undefined;
let page: Page;
let indexUrl: string;
const problems: string[] = [];
const requests: string[] = [];

async function openDeck(url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise<void>((resolve) => (Reveal.isReady() ? resolve() : Reveal.on('ready', () => resolve()))));
}

async function expectHash(hash: string): Promise<void> {
  await page.waitForFunction((h) => location.hash === h, { timeout: 3000 }, hash).catch(() => undefined);
  expect(await page.evaluate(() => location.hash)).toBe(hash);
}

beforeAll(async () => {
  out = await makeTmpDir();
  const compiled = await compileDeck('decks/ai-not-a-bubble');
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = compiled.targets[0]!.model;
  indexUrl = pathToFileURL(join(await writeDeck(compiled, out), 'index.html')).href;

  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await openDeck(indexUrl);
});

afterAll(async () => {
  await browser?.close();
  await rm(out, { recursive: true, force: true });
});

describe('the example deck in reveal.js', () => {
  it('shows every slide of the model', async () => {
    expect(model.slides.length).toBeGreaterThan(20);
    expect(await page.evaluate(() => Reveal.getTotalSlides())).toBe(model.slides.length);
    const ids = await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.id));
    expect(ids).toEqual(model.slides.map((s) => s.id));
  });

  it('loads only local files and logs no error', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('marks the current section, and only it, in the nav bar; the URL is #/<slide-id>', async () => {
    expect(model.sections.length).toBeGreaterThan(1);
    for (const section of model.sections) {
      const index = model.slides.findIndex((s) => s.section === section.index && s.kind === 'authored' && s.layout !== 'closing');
      expect(index, `a content slide in ${section.id}`).toBeGreaterThan(0);
      const id = model.slides[index]!.id;
      await page.evaluate((i) => Reveal.slide(i), index);
      const state = await page.evaluate(() => ({
        id: Reveal.getCurrentSlide().id,
        current: [...Reveal.getCurrentSlide().querySelectorAll('.nav-item.current')].map((a) => a.textContent),
      }));
      expect(state).toEqual({ id, current: [section.nav] });
      // reveal.js writes the URL at most once a second; checking two sections is enough.
      if (section.index === 0 || section.index === model.sections.length - 1) await expectHash(`#/${id}`);
    }
  });

  it('opens a slide from its #/<id> URL and follows #<id> links', async () => {
    const target = model.slides.findIndex((s) => s.id === 'openai-revenue');
    expect(target).toBeGreaterThan(0);
    await openDeck(`${indexUrl}#/openai-revenue`);
    expect(await page.evaluate(() => [Reveal.getIndices().h, Reveal.getCurrentSlide().id])).toEqual([target, 'openai-revenue']);

    // The nav bar's first link goes to the first section's divider.
    await page.evaluate(() => (Reveal.getCurrentSlide().querySelector('.nav-item') as HTMLAnchorElement).click());
    await page.waitForFunction((id) => Reveal.getCurrentSlide().id === id, { timeout: 5000 }, model.sections[0]!.id);
    await expectHash(`#/${model.sections[0]!.id}`);
  });

  it('registers the speaker notes plugin and carries each slide’s notes', async () => {
    expect(await page.evaluate(() => Reveal.hasPlugin('notes'))).toBe(true);
    const withNotes = model.slides.filter((s) => s.source?.fm.notes);
    expect(withNotes.length).toBeGreaterThan(0);
    expect(await page.$$eval('.reveal .slides > section > aside.notes', (a) => a.length)).toBe(withNotes.length);
    const first = model.slides.indexOf(withNotes[0]!);
    await page.evaluate((i) => Reveal.slide(i), first);
    expect(await page.evaluate(() => Reveal.getSlideNotes())).toContain('<p>');
  });

  it('reveals + list items one fragment at a time', async () => {
    const index = model.slides.findIndex((s) => /^\+ /m.test(s.source?.body.text ?? ''));
    expect(index).toBeGreaterThan(0);
    await page.evaluate((i) => Reveal.slide(i, 0, -1), index);
    const visible = () => page.evaluate(() => Reveal.getCurrentSlide().querySelectorAll('.fragment.visible').length);
    const total = await page.evaluate(() => Reveal.getCurrentSlide().querySelectorAll('.fragment').length);
    expect(total).toBeGreaterThan(1);
    expect(await visible()).toBe(0);
    expect(await page.evaluate(() => Reveal.nextFragment())).toBe(true);
    expect(await visible()).toBe(1);
    expect(problems).toEqual([]);
  });
});
