import { columnWords } from '../data/column-words.js';
import type { ChartData } from './chart-data.js';
import type { ChartSpec } from './chart-spec.js';
import type { NumberFormatter } from './value-format.js';

const TYPE_NAMES: Record<ChartSpec['type'], string> = {
  column: 'Column chart',
  bar: 'Bar chart',
  'stacked-column': 'Stacked column chart',
  line: 'Line chart',
  area: 'Area chart',
  donut: 'Donut chart',
  scatter: 'Scatter chart',
};

export { columnWords };

/** The accessible name: the chart's title, else "y by x". */
export function chartTitle(spec: ChartSpec, data: ChartData): string {
  if (spec.title) return spec.title;
  const ys = data.series.map((s) => s.label).join(', ');
  return `${ys} by ${data.xLabel}`;
}

/**
 * The accessible description states every number, so a screen reader hears the data:
 * "Column chart of revenue usd by year. 2022: $28M; 2024: $3.7B. Highlighted: 2024."
 */
export function describeChart(spec: ChartSpec, data: ChartData, format: NumberFormatter): string {
  const what = `${TYPE_NAMES[spec.type]} of ${data.series.length > 1 && spec.series === undefined ? data.series.map((s) => s.label).join(' and ') : (spec.labels?.[String(spec.y)] ?? columnWords(Array.isArray(spec.y) ? spec.y.join(', ') : spec.y))} by ${data.xLabel}`;
  const pairs = (values: (number | null)[]) =>
    data.categories
      .map((c, i) => (values[i] === null || values[i] === undefined ? '' : `${c.label}: ${format(values[i]!)}`))
      .filter((p) => p !== '')
      .join('; ');
  const body =
    data.series.length === 1
      ? `${pairs(data.series[0]?.values ?? [])}.`
      : data.series.map((s) => `${s.label}: ${pairs(s.values)}.`).join(' ');
  const highlighted = data.categories.filter((c) => c.highlight).map((c) => c.label);
  const tail = highlighted.length > 0 ? ` Highlighted: ${highlighted.join(', ')}.` : '';
  const caption = spec.caption ? ` ${spec.caption}` : '';
  return `${what}. ${body}${tail}${caption}`;
}
