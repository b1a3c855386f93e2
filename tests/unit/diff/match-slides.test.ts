/** Pairing two builds' slides: by id, then generated ids by place and layout; moved = out of the longest kept order. */
import { describe, expect, it } from 'vitest';
import type { ManifestSlide } from '../../../src/emit/manifest-schema.js';
import { matchSlides } from '../../../src/diff/match-slides.js';

const HASH = '0'.repeat(32);
const slide = (id: string, number: number, extra: Partial<ManifestSlide> = {}): ManifestSlide => ({
  id, idWritten: true, number, kind: 'authored', section: 's', layout: 'content', headline: id, html: HASH, notes: null,
  parts: { text: HASH, sources: HASH }, sources: [], at: null, values: [], ...extra,
});
const deck = (...ids: string[]) => ids.map((id, i) => slide(id, i + 1));

describe('matchSlides', () => {
  it('moves nothing when a slide is only added or removed before the others', () => {
    const m = matchSlides(deck('a', 'b', 'c', 'd'), deck('new', 'a', 'c', 'd'));
    expect(m.added.map((s) => s.id)).toEqual(['new']);
    expect(m.removed.map((s) => s.id)).toEqual(['b']);
    expect(m.moved).toEqual([]);
  });

  it('moves the fewest slides that explain a new order', () => {
    const m = matchSlides(deck('a', 'b', 'c', 'd', 'e'), deck('d', 'a', 'b', 'c', 'e'));
    expect(m.moved.map((p) => [p.next.id, p.old.number, p.next.number])).toEqual([['d', 4, 1]]);
  });

  it('pairs slides with generated ids in the same gap and layout, not across them', () => {
    const generated = (id: string, number: number, layout = 'content') => slide(id, number, { idWritten: false, layout });
    const old = [slide('a', 1), generated('old-headline', 2), slide('b', 3), generated('other', 4, 'chart')];
    const next = [slide('a', 1), generated('new-headline', 2), slide('b', 3), generated('renamed', 4, 'stat')];
    const m = matchSlides(old, next);
    expect(m.pairs.map((p) => [p.old.id, p.next.id])).toEqual([['a', 'a'], ['old-headline', 'new-headline'], ['b', 'b']]);
    expect(m.added.map((s) => s.id)).toEqual(['renamed']);
    expect(m.removed.map((s) => s.id)).toEqual(['other']);
  });
});
