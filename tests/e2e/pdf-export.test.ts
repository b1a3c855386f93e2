/**
 * Exports a generated print document in real Chromium and reads the PDF back
 * with poppler and pdf-lib's object model: pages, size, text, fonts, vector
 * charts, backgrounds, outline, links, metadata and reproducibility.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import type { PdfResult } from '../../src/pdf/types.js';
import { CJK_TEXT, EXTERNAL_URL, writePrintFixture, type Fixture } from './helpers/print-fixture.js';
import {
  catalogString,
  imageCount,
  loadPdf,
  pageText,
  pdffonts,
  pdfinfo,
  pixel,
  readLinks,
  readOutline,
} from './helpers/read-pdf.js';

const SLIDES = 24;
let dir: string;
let fixture: Fixture;
let pdfPath: string;
let result: PdfResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-pdf-'));
  // Slide 5's content is 3,000px tall: it must be clipped to its page, not spill onto a new one.
  fixture = await writePrintFixture(join(dir, 'deck'), { slides: SLIDES, perSection: 6, overflowSlide: 4, lang: 'zh-Hant' });
  pdfPath = join(dir, 'out', 'deck.pdf');
  [result] = (await exportPdfs([fixture.job(pdfPath, { tagged: true })], {})) as [PdfResult];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportPdfs', () => {
  it('reports what it wrote', () => {
    expect(result).toMatchObject({ label: 'fixture', outPath: pdfPath, pages: SLIDES, warnings: [], pngFiles: [] });
    expect(result.bytes).toBeGreaterThan(1000);
  });

  it('prints one 16:9 page per slide, even when a slide overflows', () => {
    const info = pdfinfo(pdfPath);
    expect(Number(info.Pages)).toBe(SLIDES);
    // 1280×720 CSS px = 960×540 pt.
    expect(info['Page size']).toMatch(/^960 x 540 pts/);
    // The fixture asks for a tagged PDF (deck.yaml pdf.tagged).
    expect(info.Tagged).toBe('yes');
  });

  it("puts each slide's headline, as selectable text, on its own page", () => {
    for (const [i, headline] of fixture.headlines.entries()) {
      const text = pageText(pdfPath, i + 1).replace(/\s+/g, ' ');
      expect(text).toContain(headline);
    }
    expect(pageText(pdfPath, 3).replace(/\s+/g, '')).toContain(CJK_TEXT);
  });

  it('embeds and subsets its fonts, with Unicode maps', () => {
    const fonts = pdffonts(pdfPath);
    const inter = fonts.filter((f) => /Inter/.test(f.name));
    expect(inter.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Inter-Bold', 'Inter-Regular']);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
    }
    for (const font of inter) expect(font.subset, font.name).toBe(true);
  });

  it('keeps charts vector and prints backgrounds', () => {
    expect(imageCount(pdfPath)).toBe(0);
    // The slide background is #f4f1ea; without printBackground it would be white.
    const [r, g, b] = pixel(pdfPath, 1, 5, 75);
    expect([r, g, b]).toEqual([0xf4, 0xf1, 0xea]);
  });

  it('writes an outline of sections with their slides as children', async () => {
    const outline = readOutline(await loadPdf(pdfPath));
    const expected = fixture.job(pdfPath).outline.map((s) => ({
      title: s.title,
      page: s.page,
      children: s.children.map((c) => ({ title: c.title, page: c.page, children: [] })),
    }));
    expect(outline).toEqual(expected);
    expect(outline).toHaveLength(4);
    expect(outline[1]!.children[0]).toEqual({ title: fixture.headlines[7], page: 7, children: [] });
  });

  it('keeps external links clickable and internal #slide links as jumps inside the PDF', async () => {
    const links = readLinks(await loadPdf(pdfPath));
    const onPage = (page: number) => links.filter((l) => l.page === page);
    expect(onPage(1).filter((l) => l.uri === EXTERNAL_URL)).toHaveLength(1);
    // "Back to title" → page 0; "the last slide" → the last page.
    expect(onPage(1).map((l) => l.target).filter((t) => t !== undefined).sort()).toEqual([0, SLIDES - 1]);
    expect(links.filter((l) => l.uri === EXTERNAL_URL)).toHaveLength(SLIDES);
  });

  it('writes the metadata, with the deck date as creation date', async () => {
    const info = pdfinfo(pdfPath);
    expect(info).toMatchObject({
      Title: 'AI is not the dot-com bubble',
      Author: 'Air Street Press, Nathan Benaich',
      Subject: 'Three facts from the State of AI Report 2024',
      Keywords: 'ai, report',
      Creator: 'deckpress 0.1.0',
      CreationDate: '2024-10-15T00:00:00Z',
      ModDate: '2024-10-15T00:00:00Z',
    });
    const doc = await loadPdf(pdfPath);
    expect(catalogString(doc, 'Lang')).toBe('zh-Hant');
  });

  it('exports byte-identical files from the same input', async () => {
    const again = join(dir, 'out', 'again.pdf');
    await exportPdfs([fixture.job(again, { tagged: true })], {});
    const [a, b] = await Promise.all([readFile(pdfPath), readFile(again)]);
    expect(a.equals(b)).toBe(true);
  });
});
