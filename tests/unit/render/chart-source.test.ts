/**
 * What a slide's native chart is drawn from, as the compiled deck gives it to the
 * exports that draw charts themselves (pptx): its table read as categories and
 * series once for the deck, by the drawing, or, for a chart from the cache (not
 * drawn), on first use, and the same data either way.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractChartData } from '../../../src/charts/chart-data.js';
import { compileDeck, diskSources } from '../../../src/compile/compile-deck.js';
import type { CompiledDeck } from '../../../src/compile/compiled-deck.js';
import { REPO_ROOT } from '../../helpers/repo-root.js';

const DECK = join(REPO_ROOT, 'decks', 'ai-not-a-bubble');
let drawn: CompiledDeck;
let cached: CompiledDeck;

beforeAll(async () => {
  drawn = await compileDeck(DECK, {}, { ...diskSources, loadChartCache: async () => new Map() });
  // The second compile finds every chart the first drew in its cache, so it draws none.
  cached = await compileDeck(DECK, {}, { ...diskSources, loadChartCache: async () => drawn.charts.fresh });
});

/** The slides with a chart that is not Vega-Lite, with their ids. */
const nativeChartSlides = (deck: CompiledDeck) => deck.targets[0]!.model.slides.filter((s) => s.source?.fm.chart && deck.data!.chartSource(s.id)?.kind === 'native');

describe('chartSource', () => {
  it('holds each native chart’s data as its table reads, drawn or from the cache', () => {
    expect(cached.charts.rendered).toBe(0);
    const slides = nativeChartSlides(drawn);
    expect(slides.length).toBeGreaterThan(5);
    for (const slide of slides) {
      const source = drawn.data!.chartSource(slide.id);
      if (source?.kind !== 'native') throw new Error(`${slide.id}: not a native chart`);
      const read = extractChartData(source.spec, source.table, slide.source!.locate, drawn.deck!.config.lang).data;
      expect(read, slide.id).toBeDefined();
      expect(source.data, slide.id).toEqual(read);
      expect(cached.data!.chartSource(slide.id), slide.id).toMatchObject({ kind: 'native', data: read });
    }
  });

  it('reads a cached chart’s table once, however often an export asks', () => {
    const data = (id: string) => {
      const source = cached.data!.chartSource(id);
      return source?.kind === 'native' ? source.data : undefined;
    };
    for (const slide of nativeChartSlides(cached)) {
      expect(data(slide.id), slide.id).toBeDefined();
      expect(data(slide.id), slide.id).toBe(data(slide.id));
    }
  });
});
