/**
 * A slide cannot show more points than it has pixels: above MAX_DRAWN_ROWS a
 * chart is drawn from that many rows, evenly spaced, with the first, the last
 * and the highlighted ones always kept. Keeps every renderer's cost bounded.
 */
import type { ChartData } from './chart-data.js';

/** Documented in README (Charts). */
export const MAX_DRAWN_ROWS = 2_000;

export function downsample(data: ChartData, limit = MAX_DRAWN_ROWS): ChartData {
  const n = data.categories.length;
  if (n <= limit) return data;
  const keep = new Set<number>([0, n - 1]);
  for (let i = 0; i < n; i++) if (data.categories[i]?.highlight) keep.add(i);
  const step = (n - 1) / Math.max(1, limit - keep.size - 1);
  for (let x = 0; x < n && keep.size < limit; x += step) keep.add(Math.round(x));
  const indices = [...keep].sort((a, b) => a - b);
  return {
    ...data,
    categories: indices.map((i) => data.categories[i]!),
    series: data.series.map((s) => ({ ...s, values: indices.map((i) => s.values[i] ?? null) })),
  };
}
