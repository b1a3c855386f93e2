import { max, min } from 'd3-array';
import { maxAbs, type PlotInput } from './plot-input.js';
import { valueScale } from './value-axis.js';
import { tickFormatter, valueFormatter } from './value-format.js';

/** What every value-axis chart (column, bar) starts from: its values, their formats and scale. */
export function valueSetup(input: PlotInput) {
  const { data, spec, lang } = input;
  const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const big = maxAbs(data);
  return {
    values,
    formatValue: valueFormatter(spec.format, lang, big),
    formatTick: tickFormatter(spec.format, lang, big),
    ...valueScale(min(values) ?? 0, max(values) ?? 0, 5),
    groups: data.series.length,
  };
}
