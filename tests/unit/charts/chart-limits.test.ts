/** Charts stay linear in their rows (down-sampled above MAX_DRAWN_ROWS, with a warning) and never draw NaN. */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DRAWN_ROWS } from '../../../src/charts/downsample.js';
import { compileDeck } from '../../../src/pipeline.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

const decks: string[] = [];
afterEach(async () => {
  await Promise.all(decks.splice(0).map(removeTmpDeck));
});

async function chartDeck(csv: string, type = 'line') {
  const deck = await writeTmpDeck({
    'data/series.csv': csv,
    'sections/01-a.md': `---\ntitle: A\n---\n\n---\nlayout: chart\nchart: { type: ${type}, data: series.csv, x: day, y: value }\nsources: [S]\n---\n\n# Chart\n`,
  });
  decks.push(deck);
  const started = performance.now();
  const compiled = await compileDeck(deck);
  return { compiled, ms: performance.now() - started, html: compiled.targets[0]?.rendered.indexHtml ?? '' };
}

const rows = (n: number) => `day,value\n${Array.from({ length: n }, (_, i) => `${i},${(i * 7919) % 1000}`).join('\n')}\n`;

describe('large charts', () => {
  it('a 130k-row line chart builds, down-sampled with a warning, in time linear in its rows', async () => {
    const small = await chartDeck(rows(13_000));
    const large = await chartDeck(rows(130_000));
    const warning = large.compiled.diagnostics.find((d) => d.code === 'ChartDownsampled');
    expect(warning).toMatchObject({ severity: 'warning', line: 7 });
    expect(warning!.message).toContain(String(MAX_DRAWN_ROWS));
    expect(large.compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(large.html).toContain('<svg');
    // Ten times the rows: linear work is ~10×, quadratic ~100×.
    expect(large.ms / small.ms).toBeLessThan(30);
  }, 60_000);
});

describe('values a chart cannot place', () => {
  it('values near 1e308 are an error at y, never NaN coordinates', async () => {
    const { compiled, html } = await chartDeck('day,value\n1,1e308\n2,1.7e308\n', 'column');
    expect(compiled.diagnostics.find((d) => d.code === 'ChartSpecInvalid')).toMatchObject({ line: 7, severity: 'error' });
    expect(html).not.toMatch(/NaN/);
  });

  it('an all-empty column is an error at y, never "$NaN"', async () => {
    const { compiled, html } = await chartDeck('day,value\n1,\n2,\n', 'line');
    expect(compiled.diagnostics.find((d) => d.code === 'ChartSpecInvalid')?.message).toMatch(/no numbers/);
    expect(html).not.toMatch(/NaN/);
  });
});
