import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import type { ChartData } from './chart-data.js';
import { LabelRow } from './label-row.js';
import { textWidth } from './text-metrics.js';

/**
 * Where each category sits along a continuous x axis: numbers and dates by value
 * (2019, 2022, 2024 are spaced as years are), text evenly. Also which categories get
 * a tick label, so labels never overlap: the first, the last, highlights, and as
 * many between as fit.
 */
export function xPositions(data: ChartData, from: number, to: number, fontSize: number): { xs: number[]; labelled: number[] } {
  const keys = data.categories.map((c) => {
    if (data.xType === 'number' && typeof c.value === 'number') return c.value;
    if (data.xType === 'date' && typeof c.value === 'string') return Date.parse(c.value.length === 7 ? `${c.value}-01` : c.value);
    return Number.NaN;
  });
  let xs: number[];
  if (keys.every((k) => Number.isFinite(k)) && keys.length > 1) {
    const lo = min(keys)!;
    const hi = max(keys)!;
    const scale = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([from, to]);
    xs = keys.map((k) => scale(k));
  } else {
    const scale = scalePoint<number>().domain(data.categories.map((_, i) => i)).range([from, to]).padding(data.categories.length === 1 ? 0.5 : 0);
    xs = data.categories.map((_, i) => scale(i) ?? from);
  }
  const widths = data.categories.map((c) => textWidth(c.label, fontSize, c.highlight) + 14);
  const span = (i: number): [number, number] => [(xs[i] ?? 0) - (widths[i] ?? 0) / 2, (xs[i] ?? 0) + (widths[i] ?? 0) / 2];
  const clash = (a: number, b: number) => Math.abs((xs[a] ?? 0) - (xs[b] ?? 0)) < ((widths[a] ?? 0) + (widths[b] ?? 0)) / 2;
  const n = data.categories.length;
  // Highlights, the first and the last are labelled first; then every k-th for the smallest k that fits.
  // Trying stride k looks at n/k labels, each checked against the kept ones by binary search: O(n log² n) in all.
  const kept = new Set<number>();
  const row = new LabelRow();
  const must = [...data.categories.keys()].filter((i) => data.categories[i]?.highlight).concat([0, n - 1]);
  for (const i of must) {
    if (kept.has(i) || row.overlaps(...span(i))) continue;
    kept.add(i);
    row.add(...span(i));
  }
  for (let k = 1; k <= n; k++) {
    const stride: number[] = [];
    for (let i = 0; i < n; i += k) if (!kept.has(i) && !row.overlaps(...span(i))) stride.push(i);
    if (stride.every((a, idx) => idx === 0 || !clash(stride[idx - 1] ?? a, a))) {
      for (const i of stride) kept.add(i);
      break;
    }
  }
  return { xs, labelled: [...kept].sort((a, b) => a - b) };
}
