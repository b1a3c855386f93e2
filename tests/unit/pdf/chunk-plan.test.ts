import { describe, expect, it } from 'vitest';
import { CHUNK_PAGES, CHUNK_PAGES_ENV, chunkRanges, WHOLE_UP_TO_PAGES } from '../../../src/pdf/chunk-plan.js';
import type { OutlineSection } from '../../../src/pdf/types.js';

/** An outline whose slides start every `every` pages (the pages between are fragment steps or notes). */
function outline(pages: number, every: number): OutlineSection[] {
  const starts = Array.from({ length: Math.ceil(pages / every) }, (_, i) => i * every);
  return [{ title: 'Deck', page: 0, children: starts.slice(1).map((page) => ({ title: `p${page}`, page })) }];
}

const job = (pageCount: number, every = 1, over = {}) => ({ pageCount, outline: outline(pageCount, every), printChunk: () => '', ...over });
const env = {};

describe('chunkRanges', () => {
  it('prints a deck of up to WHOLE_UP_TO_PAGES pages whole (the 212-slide deck’s 240 among them)', () => {
    expect(chunkRanges(job(240), env)).toEqual([{ first: 0, count: 240 }]);
    expect(chunkRanges(job(WHOLE_UP_TO_PAGES), env)).toEqual([{ first: 0, count: WHOLE_UP_TO_PAGES }]);
  });

  it('splits a larger deck into even parts of about CHUNK_PAGES that cover every page once, in order', () => {
    const ranges = chunkRanges(job(2189), env);
    expect(ranges).toHaveLength(Math.ceil(2189 / CHUNK_PAGES));
    expect(ranges[0]!.first).toBe(0);
    ranges.forEach((range, i) => i > 0 && expect(range.first).toBe(ranges[i - 1]!.first + ranges[i - 1]!.count));
    expect(ranges.reduce((sum, range) => sum + range.count, 0)).toBe(2189);
    for (const range of ranges) expect(range.count).toBeLessThanOrEqual(CHUNK_PAGES);
  });

  it('starts every part at a slide’s first page', () => {
    const ranges = chunkRanges(job(1000, 7), env);
    expect(ranges.length).toBeGreaterThan(1);
    for (const range of ranges) expect(range.first % 7).toBe(0);
    expect(ranges.reduce((sum, range) => sum + range.count, 0)).toBe(1000);
  });

  it('prints tagged decks, --png jobs and jobs without part documents whole', () => {
    expect(chunkRanges(job(2000, 1, { tagged: true }), env)).toHaveLength(1);
    expect(chunkRanges(job(2000, 1, { png: { dir: '/x' } }), env)).toHaveLength(1);
    expect(chunkRanges(job(2000, 1, { printChunk: undefined }), env)).toHaveLength(1);
  });

  it(`takes a smaller part size from ${CHUNK_PAGES_ENV}, for tests, and ignores a value that is not a positive integer`, () => {
    expect(chunkRanges(job(47), { [CHUNK_PAGES_ENV]: '8' }).map((range) => range.count)).toEqual([8, 8, 8, 7, 8, 8]);
    expect(chunkRanges(job(2189), { [CHUNK_PAGES_ENV]: 'lots' })).toHaveLength(Math.ceil(2189 / CHUNK_PAGES));
  });
});
