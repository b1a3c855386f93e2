import { formatValue } from '../data/formats.js';

export type NumberFormatter = (value: number) => string;

/** Value labels: the chart's format, else a plain locale number (compact once it gets long). */
export function valueFormatter(format: string | undefined, lang: string, maxAbs: number): NumberFormatter {
  const name = format ?? (maxAbs >= 1e6 ? 'compact' : 'number');
  return (v) => formatValue(v, name, lang);
}

/**
 * Axis ticks use the chart's format too, but never in long form: "$1,000,000,000"
 * ticks become "$1B", so the axis shows units without eating the plot.
 */
export function tickFormatter(format: string | undefined, lang: string, maxAbs: number): NumberFormatter {
  const big = maxAbs >= 1e5;
  let name = format ?? (big ? 'compact' : 'number');
  if (big && format === 'usd') name = 'usd-compact';
  if (big && (format === 'integer' || format === 'number' || format === 'decimal1' || format === 'decimal2')) name = 'compact';
  if (format === 'year') name = 'number';
  return (v) => (format === 'year' ? String(Math.round(v)) : formatValue(v, name, lang));
}
