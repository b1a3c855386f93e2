/**
 * `deckpress pptx` on the example decks, read back with tools that are not ours:
 * `unzip` for the package (slides, native charts with their data and workbook,
 * notes, links, sources, fonts, language, metadata, same bytes twice) and
 * LibreOffice Impress, which must open it and show every headline, and whose own
 * reading of it (a flat ODF export) must show the links and fonts as the HTML deck
 * has them.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, type CompiledDeck } from '../../src/pipeline.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { odpSpans } from './helpers/read-fodp.js';
import { entryDates, libreOfficeConvert, libreOfficePdf, part, partNames, pdfPages, pdfText, relationships, slideParts } from './helpers/read-pptx.js';

const DECK = join(REPO_ROOT, 'decks', 'ai-not-a-bubble');
const DECK_ZH = join(REPO_ROOT, 'decks', 'ai-not-a-bubble-zh');
let dir: string;
let out: string;
let run: CliResult;
let compiled: CompiledDeck;
let pptx: string;

/** Headlines as the outline gives them: plain text, generated slides included. */
function headlines(deck: CompiledDeck, target = 0): string[] {
  return deck.targets[target]!.rendered.outline.flatMap((e) => [e.title, ...e.children.map((c) => c.title)]);
}

// pdftotext drops the hyphen where LibreOffice broke a word across lines.
const squash = (text: string) => text.replace(/[\s-]+/g, '');

/** Markup (HTML or a run's XML text) as the words a reader sees. */
const plain = (markup: string) => decode(markup.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

/** XML or HTML character references as the characters. */
const decode = (text: string) =>
  text
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A slide part's runs: their <a:rPr> and their text. */
const runs = (xml: string) =>
  [...xml.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map(([, run]) => ({ props: /<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>)/.exec(run!)?.[0] ?? '', text: decode(/<a:t>([^<]*)<\/a:t>/.exec(run!)?.[1] ?? '') }));

/** The texts of a deck's links to its section dividers: nav bar names, agenda numbers and titles. */
function sectionLinkTexts(deck: CompiledDeck): Set<string> {
  return new Set(deck.targets[0]!.model.sections.filter((s) => s.kind === 'main').flatMap((s) => [s.nav, s.title, String(s.number).padStart(2, '0')]));
}

/** The report theme's PowerPoint faces, as its pptx-theme.json names them. */
async function themeFonts(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(REPO_ROOT, 'templates', 'themes', 'report', 'pptx-theme.json'), 'utf8')).fonts;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-pptx-'));
  out = join(dir, 'out');
  // No browser may start: point every browser setting at something that is not one.
  run = await runCli(['pptx', DECK, DECK_ZH, '--out', out], REPO_ROOT, { CHROME_PATH: '/nonexistent/chrome', PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
  compiled = await compileDeck(DECK);
  pptx = join(out, 'ai-not-a-bubble', 'ai-not-a-bubble.pptx');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deckpress pptx', () => {
  it('writes one file per deck and variant, without a browser', async () => {
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(join(out, 'ai-not-a-bubble'))).sort()).toEqual(['ai-not-a-bubble-talk.pptx', 'ai-not-a-bubble.pptx']);
    expect((await readdir(join(out, 'ai-not-a-bubble-zh'))).sort()).toEqual(['ai-not-a-bubble-zh-talk.pptx', 'ai-not-a-bubble-zh.pptx']);
  });

  it('has one slide per deck slide, for the deck and for each variant', () => {
    expect(slideParts(pptx)).toHaveLength(compiled.targets[0]!.model.slides.length);
    const talk = compiled.targets.find((t) => t.variant === 'talk')!;
    expect(slideParts(join(out, 'ai-not-a-bubble', 'ai-not-a-bubble-talk.pptx'))).toHaveLength(talk.model.slides.length);
    expect(talk.model.slides.length).toBeLessThan(compiled.targets[0]!.model.slides.length);
  });

  it('says which charts became pictures, at their file and line', () => {
    const warned = [...run.stderr.matchAll(/^(\S+\.md):(\d+):\d+ +warning +PptxChartAsImage/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(warned.length).toBeGreaterThan(0);
    for (const at of warned) expect(at).toMatch(/sections\/\d\d-[\w-]+\.md:\d+$/);
  });

  it('makes every other chart a native chart carrying its data and an embedded workbook', () => {
    const chartSlides = compiled.targets[0]!.model.slides.filter((s) => s.source?.fm.chart);
    const pictures = new Set([...run.stderr.matchAll(/ai-not-a-bubble\/sections\/(\S+\.md):(\d+):\d+ +warning +PptxChartAsImage/g)].map((m) => `${m[1]}:${m[2]}`));
    const charts = partNames(pptx).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(chartSlides.length - pictures.size);
    expect(partNames(pptx).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toHaveLength(charts.length);
    for (const chart of charts) {
      const rels = relationships(pptx, chart.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'));
      expect(rels.some((r) => r.type === 'package' && r.target.endsWith('.xlsx'))).toBe(true);
    }
    // The report-length column chart: its values from data/report-length.csv, in the chart part.
    const values = charts.map((c) => part(pptx, c)).find((xml) => xml.includes('<c:v>Drafted</c:v>'));
    expect(values).toBeDefined();
    expect(values).toMatch(/<c:v>250<\/c:v>/);
    expect(values).toMatch(/<c:v>212<\/c:v>/);
    expect(values).toContain('<c:barDir val="col"/>');
  });

  it('keeps speaker notes as notes slides', () => {
    const index = compiled.targets[0]!.model.slides.findIndex((s) => s.id === 'bubble-question');
    const rels = relationships(pptx, `ppt/slides/_rels/slide${index + 1}.xml.rels`);
    const notes = rels.find((r) => r.type === 'notesSlide')!;
    expect(notes).toBeDefined();
    const xml = part(pptx, `ppt/notesSlides/${notes.target.split('/').pop()}`);
    expect(xml).toContain('This is the question we are asked most often');
    expect(xml).not.toContain('**');
  });

  it('keeps external links as hyperlinks and #slide links as links to that slide', () => {
    const slides = compiled.targets[0]!.model.slides;
    const at = slides.findIndex((s) => s.id === 'three-facts');
    const rels = relationships(pptx, `ppt/slides/_rels/slide${at + 1}.xml.rels`);
    const target = slides.findIndex((s) => s.id === 'nobel-prizes') + 1;
    expect(rels.filter((r) => r.type === 'slide').map((r) => r.target)).toContain(`slide${target}.xml`);
    expect(rels.some((r) => r.type === 'hyperlink' && r.external && r.target === 'https://press.airstreet.com/p/ai-isnt-the-dotcom-bubble')).toBe(true);
  });

  it('puts the repeating chrome on masters and the headline in the title placeholder', () => {
    const layouts = partNames(pptx).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map((n) => part(pptx, n));
    const content = layouts.find((xml) => xml.includes('type="sldNum"'))!;
    expect(content).toContain('Air Street Press');
    expect(content).toContain('#stateofai');
    const slide = part(pptx, slideParts(pptx)[3]!);
    expect(slide).toMatch(/<p:ph\b[^>]*\btype="title"/);
    expect(slide).not.toContain('Air Street Press · State of AI 2024');
  });

  it('writes one paragraph property block per paragraph (PowerPoint repairs anything else)', () => {
    for (const name of slideParts(pptx)) {
      for (const [, inner] of part(pptx, name).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        expect((inner!.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('sets the East Asian font and language on the zh-Hant deck', () => {
    const zh = join(out, 'ai-not-a-bubble-zh', 'ai-not-a-bubble-zh.pptx');
    const xml = part(zh, slideParts(zh)[3]!);
    expect(xml).toMatch(/lang="zh-TW"/);
    expect(xml).toMatch(/<a:ea typeface="Noto Sans CJK TC"/);
  });

  it("sets the zh-Hant deck's Latin text in the theme's Latin face and its Chinese in the CJK face", async () => {
    const { latin, 'zh-Hant': cjk } = await themeFonts();
    const zh = join(out, 'ai-not-a-bubble-zh', 'ai-not-a-bubble-zh.pptx');
    const texts = partNames(zh).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters|charts|theme)\/[^/]+\.xml$/.test(n));
    let slots = 0;
    for (const name of texts) {
      const xml = part(zh, name);
      expect(xml, name).not.toContain(`<a:latin typeface="${cjk}"`);
      expect(xml, name).not.toContain(`<a:cs typeface="${cjk}"`);
      // Each Latin slot holding the theme's face has the CJK face in the East Asian slot beside it.
      for (const [, after] of xml.matchAll(new RegExp(`<a:latin typeface="${latin}"[^>]*/>(\\s*<a:ea typeface="[^"]*")?`, 'g'))) {
        expect(after, name).toMatch(new RegExp(`<a:ea typeface="${cjk}"$`));
        slots++;
      }
    }
    expect(slots).toBeGreaterThan(slideParts(zh).length);
    const scheme = part(zh, 'ppt/theme/theme1.xml');
    for (const font of ['majorFont', 'minorFont']) expect(scheme).toMatch(new RegExp(`<a:${font}><a:latin typeface="${latin}"/><a:ea typeface="${cjk}"/>`));
    // The English deck keeps one face in every slot.
    expect(part(pptx, slideParts(pptx)[3]!)).toContain(`<a:ea typeface="${latin}"`);
  });

  it('LibreOffice reads the Latin face for Latin text and the CJK face for Chinese in the zh-Hant deck', async () => {
    const { latin, 'zh-Hant': cjk } = await themeFonts();
    const spans = odpSpans(libreOfficeConvert(join(out, 'ai-not-a-bubble-zh', 'ai-not-a-bubble-zh.pptx'), join(dir, 'lo-zh'), 'fodp'));
    expect(spans.filter((s) => s.latinFont === cjk).map((s) => s.text)).toEqual([]);
    expect(spans.filter((s) => /[A-Za-z0-9]/.test(s.text) && s.latinFont === latin && s.asianFont === cjk).length).toBeGreaterThan(10);
  });

  it('writes links to section dividers (nav bar, agenda) without an underline, as the HTML deck does; other links keep theirs', () => {
    const sectionLinks = sectionLinkTexts(compiled);
    let section = 0;
    let other = 0;
    for (const name of slideParts(pptx)) {
      for (const run of runs(part(pptx, name)).filter((r) => r.props.includes('<a:hlinkClick'))) {
        const underline = /\bu="(\w+)"/.exec(run.props)?.[1];
        if (sectionLinks.has(run.text) && run.props.includes('ppaction://hlinksldjump')) {
          expect(underline, `${name}: ${run.text}`).toBe('none');
          section++;
        } else {
          expect(underline, `${name}: ${run.text}`).toBe('sng');
          other++;
        }
      }
    }
    expect(section).toBeGreaterThan(slideParts(pptx).length);
    expect(other).toBeGreaterThan(0);
  });

  it('LibreOffice reads the section links as not underlined', () => {
    const sectionLinks = sectionLinkTexts(compiled);
    const spans = odpSpans(libreOfficeConvert(pptx, join(dir, 'lo-en'), 'fodp')).filter((s) => s.link?.startsWith('#') && sectionLinks.has(s.text.trim()));
    expect(spans.length).toBeGreaterThan(compiled.targets[0]!.model.slides.length);
    expect(spans.filter((s) => s.underline !== undefined && s.underline !== 'none').map((s) => s.text)).toEqual([]);
  });

  it("numbers each source in the sources line as the HTML deck does: '[n]' of the deck's references, in order", () => {
    const slides = slideParts(pptx);
    let compared = 0;
    compiled.targets[0]!.rendered.slides.forEach(({ render }, i) => {
      const html = /<p class="sources">([\s\S]*?)<\/p>/.exec(render.html)?.[1];
      if (html === undefined) return;
      const expected = plain(html);
      expect(expected).toMatch(/^\S+ \[\d+\] /);
      const paragraphs = [...part(pptx, slides[i]!).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) => plain(runs(p!).map((r) => r.text).join('')));
      expect(paragraphs, slides[i]).toContain(expected);
      compared++;
    });
    expect(compared).toBeGreaterThan(10);
  });

  it('carries the metadata, dated by the deck', () => {
    const core = part(pptx, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${compiled.deck!.config.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Air Street Press</dc:creator>');
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-15T00:00:00Z<\/dcterms:created>/);
    expect(new Set(entryDates(pptx))).toEqual(new Set(['20241015.000000']));
  });

  it('gives byte-identical files for the same deck', async () => {
    const again = join(dir, 'again');
    const second = await runCli(['pptx', DECK, '--out', again], REPO_ROOT);
    expect(second.code, second.stderr).toBe(0);
    const hash = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
    expect(await hash(join(again, 'ai-not-a-bubble', 'ai-not-a-bubble.pptx'))).toBe(await hash(pptx));
  });

  it('opens in LibreOffice Impress with every slide and every headline', () => {
    const pdf = libreOfficePdf(pptx, join(dir, 'lo'));
    expect(pdfPages(pdf)).toBe(compiled.targets[0]!.model.slides.length);
    const text = squash(pdfText(pdf));
    const missing = headlines(compiled).filter((h) => !text.includes(squash(h)));
    expect(missing).toEqual([]);
  });
});

describe('deckpress pptx on a broken deck', () => {
  it('stops with the same diagnostic as build and leaves the last good file', async () => {
    const deck = join(dir, 'broken', 'ai-not-a-bubble');
    await cp(DECK, deck, { recursive: true });
    const target = join(dir, 'broken-out');
    expect((await runCli(['pptx', deck, '--out', target], REPO_ROOT)).code).toBe(0);
    const file = join(target, 'ai-not-a-bubble', 'ai-not-a-bubble.pptx');
    const before = await readFile(file);
    const files = await readdir(join(target, 'ai-not-a-bubble'));
    const section = join(deck, 'sections', '01-opening.md');
    await writeFile(section, (await readFile(section, 'utf8')).replace('layout: quote', 'layout: qoute'));
    const failed = await runCli(['pptx', deck, '--out', target], REPO_ROOT);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/01-opening\.md:\d+:\d+ +error +UnknownLayout/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(file)).toEqual(before);
    // No temporary file left beside them.
    expect(await readdir(join(target, 'ai-not-a-bubble'))).toEqual(files);
  });
});
