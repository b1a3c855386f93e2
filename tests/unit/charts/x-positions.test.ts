/** Tick labels along x: never overlapping, the same choice as the straightforward search, in time near-linear in the rows. */
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/charts/chart-data.js';
import { textWidth } from '../../../src/charts/text-metrics.js';
import { xPositions } from '../../../src/charts/x-positions.js';

function chartData(values: number[], highlights: ReadonlySet<number> = new Set()): ChartData {
  return {
    xColumn: 'x',
    xType: 'number',
    categories: values.map((value, i) => ({ value, label: String(value), highlight: highlights.has(i) })),
    series: [{ name: 'y', values: values.map(() => 1) }],
    hasHighlight: highlights.size > 0,
  };
}

/** The quadratic search the chart used before, kept here as the definition of the right answer. */
function referenceLabels(data: ChartData, xs: number[], fontSize: number): number[] {
  const widths = data.categories.map((c) => textWidth(c.label, fontSize, c.highlight) + 14);
  const clash = (a: number, b: number) => Math.abs(xs[a]! - xs[b]!) < (widths[a]! + widths[b]!) / 2;
  const n = data.categories.length;
  const kept: number[] = [];
  const must = [...data.categories.keys()].filter((i) => data.categories[i]!.highlight).concat([0, n - 1]);
  for (const i of must) if (!kept.includes(i) && !kept.some((k) => clash(k, i))) kept.push(i);
  for (let k = 1; k <= n; k++) {
    const stride = [...data.categories.keys()].filter((i) => i % k === 0 && !kept.includes(i) && !kept.some((j) => clash(j, i)));
    if (stride.every((a, idx) => idx === 0 || !clash(stride[idx - 1]!, a))) {
      kept.push(...stride);
      break;
    }
  }
  return kept.sort((a, b) => a - b);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('xPositions labels', () => {
  it('picks the same labels as the quadratic search on 300 random axes', () => {
    const next = random(7);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(next() * 80);
      const values = Array.from({ length: n }, (_, i) => (next() < 0.5 ? i * 3 : Math.floor(next() * 10_000)));
      const highlights = new Set(Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * n)));
      const data = chartData(values, highlights);
      const { xs, labelled } = xPositions(data, 0, 200 + next() * 800, 12);
      expect(labelled, `run ${run}`).toEqual(referenceLabels(data, xs, 12));
    }
  });

  it('takes near-linear time: ten times the rows cost far less than a hundred times', () => {
    const axis = (n: number) => chartData(Array.from({ length: n }, (_, i) => 2000 + i));
    const time = (data: ChartData) => {
      const started = performance.now();
      xPositions(data, 0, 1000, 12);
      return performance.now() - started;
    };
    time(axis(2_000));
    const small = Math.min(time(axis(10_000)), time(axis(10_000)));
    const large = time(axis(100_000));
    // O(n log² n) is ~15× here; the old search was ~100× (and took minutes at 100k).
    expect(large / small).toBeLessThan(40);
  }, 60_000);
});
