/**
 * The example decks exported by the real CLI and read back with poppler and
 * pdf-lib: the English deck and its talk cut (issue 4's document features on
 * real content), and the zh-Hant edition (issue 7: Chinese text and CJK fonts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, type CompiledDeck } from '../../src/pipeline.js';
import { pdfinfo, pageText, pdffonts, loadPdf, readLinks, readOutline } from './helpers/read-pdf.js';
import { runCli } from '../helpers/run-cli.js';

let out: string;
const en: { compiled?: CompiledDeck } = {};
const zh: { compiled?: CompiledDeck } = {};
const pdf = (deck: string, file: string) => join(out, deck, file);

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deckpress-example-pdf-'));
  const result = await runCli(['pdf', 'decks/ai-not-a-bubble', 'decks/ai-not-a-bubble-zh', '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  [en.compiled, zh.compiled] = await Promise.all([compileDeck('decks/ai-not-a-bubble'), compileDeck('decks/ai-not-a-bubble-zh')]);
}, 120_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const target = (deck: { compiled?: CompiledDeck }, variant?: string) => deck.compiled!.targets.find((t) => t.variant === variant)!;

describe('the English example deck as a PDF', () => {
  const file = () => pdf('ai-not-a-bubble', 'ai-not-a-bubble.pdf');

  it('has one 16:9 page per slide and the deck as metadata', () => {
    const info = pdfinfo(file());
    expect(Number(info.Pages)).toBe(target(en).model.slides.length);
    const [w, h] = info['Page size']!.split(' ').filter((x) => /^[\d.]+$/.test(x)).map(Number);
    expect(w! / h!).toBeCloseTo(16 / 9, 3);
    expect(info.Title).toBe('AI is not the dot-com bubble');
    expect(info.Author).toBe('Air Street Press');
    expect(info.Creator).toMatch(/^deckpress \d+\.\d+\.\d+/);
    expect(info.CreationDate).toMatch(/^2024-10-15/);
    // Untagged unless deck.yaml asks (pdf.tagged): faster to print, smaller.
    expect(info.Tagged).toBe('no');
  });

  it('shows each headline on its page', () => {
    const slides = target(en).model.slides;
    const page = slides.findIndex((s) => s.id === 'openai-revenue') + 1;
    expect(pageText(file(), page)).toContain('OpenAI expects $3.7B of revenue in 2024');
    expect(pageText(file(), slides.findIndex((s) => s.id === 'real-bubbles') + 1)).toContain('What a real bubble looks like');
  });

  it('has an outline of sections with their slides, headlines as written', async () => {
    const outline = readOutline(await loadPdf(file()));
    const sections = outline.filter((entry) => entry.children.length > 0);
    expect(sections.map((s) => s.title)).toEqual(target(en).model.sections.map((s) => s.title));
    const revenue = sections.find((s) => s.title.startsWith('A bubble with billions'))!;
    expect(revenue.children.map((c) => c.title)).toContain('OpenAI expects $3.7B of revenue in 2024, up from $28M in 2022');
    const slides = target(en).model.slides;
    expect(revenue.page).toBe(slides.findIndex((s) => s.id === 'revenue'));
  });

  it('links the agenda to each section inside the PDF and sources to the web', async () => {
    const links = readLinks(await loadPdf(file()));
    const slides = target(en).model.slides;
    const agenda = slides.findIndex((s) => s.id === 'agenda');
    const internal = links.filter((l) => l.page === agenda && l.target !== undefined).map((l) => l.target);
    for (const section of target(en).model.sections) expect(internal).toContain(slides.findIndex((s) => s.id === section.id));
    expect(links.some((l) => l.uri === 'https://www.stateof.ai/')).toBe(true);
  });

  it('exports the talk cut as its own 15-page PDF', () => {
    const info = pdfinfo(pdf('ai-not-a-bubble', 'ai-not-a-bubble-talk.pdf'));
    expect(Number(info.Pages)).toBe(target(en, 'talk').model.slides.length);
    expect(Number(info.Pages)).toBeLessThanOrEqual(15);
    expect(info.Title).toBe('AI is not a bubble (15 min)');
  });

  it('is byte-identical when exported again', async () => {
    const again = await mkdtemp(join(tmpdir(), 'deckpress-example-pdf-again-'));
    try {
      const result = await runCli(['pdf', 'decks/ai-not-a-bubble', '--out', again]);
      expect(result.code).toBe(0);
      expect((await readFile(join(again, 'ai-not-a-bubble', 'ai-not-a-bubble.pdf'))).equals(await readFile(file()))).toBe(true);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the zh-Hant edition as a PDF', () => {
  const file = () => pdf('ai-not-a-bubble-zh', 'ai-not-a-bubble-zh.pdf');

  it('gives back its Chinese headlines as text', () => {
    const slides = target(zh).model.slides;
    const page = slides.findIndex((s) => s.id === 'openai-revenue') + 1;
    // pdftotext -layout spaces text by position: compare with runs of space folded.
    expect(pageText(file(), page).replace(/\s+/g, ' ')).toContain('OpenAI 預計 2024 年營收達 US$37億，2022 年僅 US$2800萬');
    expect(pageText(file(), 2)).toContain('目錄');
    expect(pdfinfo(file()).Title).toBe(target(zh).model.config.title);
  });

  it('embeds the fonts of its CJK text', () => {
    const fonts = pdffonts(file());
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // The theme's shipped Noto Sans TC (TrueType outlines), subsetted; never Type 3 (what a system CFF font
    // becomes). The deck's own SVG pictures (<img>) cannot use the page's fonts: their pages are left out.
    const slides = target(zh).model.slides;
    const pictures = (page: number) => /<img /.test(target(zh).rendered.printHtml.split('<section').filter((s) => / class="[^"]*slide/.test(s))[page - 1] ?? '');
    for (let page = 1; page <= slides.length; page++) {
      if (pictures(page)) continue;
      expect(pdffonts(file(), page).filter((f) => f.type.startsWith('Type 3')), `page ${page}`).toEqual([]);
    }
    const cjk = fonts.filter((f) => f.name.includes('NotoSansTC'));
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.every((f) => f.type === 'CID TrueType' && f.subset && f.unicode)).toBe(true);
  });

  it('has its own talk cut with its own numbering', () => {
    expect(Number(pdfinfo(pdf('ai-not-a-bubble-zh', 'ai-not-a-bubble-zh-talk.pdf')).Pages)).toBe(target(zh, 'talk').model.slides.length);
  });
});
