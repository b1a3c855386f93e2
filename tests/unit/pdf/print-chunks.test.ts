/**
 * A deck printed whole is the one-part case of printing in parts: one range,
 * the print document itself, its findings as they are.
 */
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../../src/pdf/chunk-plan.js';
import { chunkPart, printChunks } from '../../../src/pdf/print-chunks.js';
import type { PrintFindings } from '../../../src/pdf/print-findings.js';
import type { PdfJob } from '../../../src/pdf/types.js';

const job = (pageCount: number, over: Partial<PdfJob> = {}): PdfJob => ({
  printHtmlPath: '/out/deck/print.html',
  outPath: '/out/deck/deck.pdf',
  label: 'deck',
  pageCount,
  outline: [{ title: 'Deck', page: 0, children: [] }],
  metadata: { title: 'Deck' } as PdfJob['metadata'],
  printChunk: (first, count) => `<pages ${first}+${count}>`,
  ...over,
});

/** Findings a tab might report, in the order a tab reports them (not sorted). */
const findings = (ids: string[], fonts: string[]): PrintFindings => ({
  events: { policy: { remote: [], blockedFiles: [], missingFiles: [], dialogs: [] }, slides: [] },
  measured: { pages: ids.map((id, index) => ({ index, id, overflows: [], brokenImages: [] })), failedFonts: fonts },
  urlSlides: {},
});

describe('printing whole as one part', () => {
  it('prints the job itself for the range of the whole document, a part document for any other', () => {
    const whole = job(240);
    expect(chunkPart(whole, { first: 0, count: 240 })).toBe(whole);
    expect(chunkPart(job(240, { printChunk: undefined, png: { dir: '/png' } }), { first: 0, count: 240 }).html).toBeUndefined();
    expect(chunkPart(whole, { first: 0, count: 120 })).toMatchObject({ pageCount: 120, html: '<pages 0+120>' });
    expect(chunkPart(whole, { first: 120, count: 120 })).toMatchObject({ pageCount: 120, html: '<pages 120+120>' });
    expect(() => chunkPart(job(240, { printChunk: undefined }), { first: 0, count: 120 })).toThrow(/no printChunk/);
  });

  it('returns the one part’s PDF and findings unchanged, and merges several', async () => {
    const [range] = chunkRanges(job(240), {});
    const tab = { pdf: new Uint8Array([1, 2, 3]), found: findings(['b', 'a'], ['Z 400 normal', 'A 400 normal']) };
    const seen: number[] = [];
    const one = await printChunks([range!], async (r, index) => (seen.push(index), tab));
    expect(seen).toEqual([0]);
    expect(one.pdfs).toEqual([tab.pdf]);
    expect(one.found).toBe(tab.found);

    const parts = await printChunks([{ first: 0, count: 2 }, { first: 2, count: 2 }], async (r) => ({
      pdf: new Uint8Array([r.first]),
      found: findings([`s${r.first}`, `s${r.first + 1}`], ['Z 400 normal']),
    }));
    expect(parts.pdfs).toEqual([new Uint8Array([0]), new Uint8Array([2])]);
    expect(parts.found.measured.pages.map((p) => [p.index, p.id])).toEqual([[0, 's0'], [1, 's1'], [2, 's2'], [3, 's3']]);
    expect(parts.found.measured.failedFonts).toEqual(['Z 400 normal']);
  });
});
