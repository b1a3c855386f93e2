/**
 * A chart's `where:` is applied once, where the deck's data binding finds the chart's
 * table: the SVG, the build manifest's values and the pptx chart read the same rows,
 * and a problem in it is reported once, at its key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lintDeck } from '../../../src/lint/lint-deck.js';
import { compileDeck } from '../../../src/pipeline.js';
import { slideChart } from '../../../src/pptx/slide-chart.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

const UNITS = 'vendor,year,units_k\nVendor A,2023,10\nVendor A,2024,12\nVendor B,2023,7\nVendor B,2024,9\n';

let deck: string | undefined;
afterEach(async () => {
  if (deck) await removeTmpDeck(deck);
  deck = undefined;
});

/** A deck of one chart slide; the chart's front matter starts on line 7 of sections/01-units.md. */
async function chartDeck(chart: string, units = UNITS): Promise<string> {
  deck = await writeTmpDeck({
    'data/units.csv': units,
    'data/labels.yaml': 'units_k: Units (k)\n',
    'sections/01-units.md': `---\ntitle: Units\n---\n\n---\nid: units\nchart:\n${chart}---\n\n# Units\n`,
  });
  return deck;
}

const vendorB = (type: string, where = 'vendor: Vendor B') => `  type: ${type}\n  data: units\n  x: year\n  y: units_k\n  where: { ${where} }\n`;

describe('chart where', () => {
  it('gives the drawing, the manifest values and the pptx chart the same kept rows', async () => {
    const compiled = await compileDeck(await chartDeck(vendorB('column')));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { slide, render } = compiled.targets[0]!.rendered.slides.find((s) => s.slide.id === 'units')!;
    expect(render.values.filter((v) => v.expression.startsWith('chart.y')).map((v) => [v.shown, v.cells[0]?.row])).toEqual([['7', 'Vendor B'], ['9', 'Vendor B']]);
    expect(render.parts.chart).toContain('<svg');
    const chart = slideChart(slide.source!, slide.id, compiled.data!, 'en');
    expect(chart?.kind).toBe('native');
    if (chart?.kind !== 'native') return;
    expect(chart.chart.data.series.map((s) => s.values)).toEqual([[7, 9]]);
    expect(chart.chart.data.categories.map((c) => c.label)).toEqual(['2023', '2024']);
  });

  it('reports an unknown where column once, at its place under where, in build and lint alike', async () => {
    const dir = await chartDeck(vendorB('column', 'vendr: Vendor B'));
    const at = (d: { code: string; line: number; column: number }) => `${d.code} ${d.line}:${d.column}`;
    const compiled = await compileDeck(dir);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error').map(at)).toEqual(['UnknownColumn 12:19']);
    expect((await lintDeck(dir)).diagnostics.filter((d) => d.severity === 'error').map(at)).toEqual(['UnknownColumn 12:19']);
  });

  it('names the data file line of a kept row that a donut cannot draw', async () => {
    const compiled = await compileDeck(await chartDeck(vendorB('donut'), UNITS.replace('Vendor B,2024,9', 'Vendor B,2024,-9')));
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['ChartSpecInvalid']);
    // Line 5 holds Vendor B's 2024 row: the second row the where keeps, not the second row of the file.
    expect(errors[0]!.message).toContain('units.csv:5');
  });
});
