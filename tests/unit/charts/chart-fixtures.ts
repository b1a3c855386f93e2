import type { SourcePosition } from '../../../src/diagnostics/diagnostic.js';
import { defaultChartTheme } from '../../../src/charts/chart-theme.js';
import type { ChartSpec } from '../../../src/charts/chart-spec.js';
import { renderChart } from '../../../src/charts/render-chart.js';
import type { DataTable } from '../../../src/data/table.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';

export const theme = defaultChartTheme;

/** A table from CSV text, as data/<name>.csv. */
export function csv(name: string, text: string): DataTable {
  const { table, diagnostics } = parseDataFile(text, `data/${name}.csv`);
  if (!table || diagnostics.length > 0) throw new Error(`bad fixture ${name}: ${JSON.stringify(diagnostics)}`);
  return table;
}

/**
 * Positions of the chart's keys in a pretend slide file: `chart:` on line 5, then one
 * key per line in this order; list items (y: [a, b]) get columns 7, 10, ….
 */
const KEY_LINES = ['type', 'data', 'x', 'y', 'series', 'format', 'title', 'caption', 'highlight', 'x-title', 'y-title', 'vega-lite'];
export const SLIDE = 'sections/02-revenue.md';
export function locate(path: (string | number)[]): SourcePosition {
  const key = String(path[1] ?? '');
  const line = path.length < 2 ? 5 : 6 + KEY_LINES.indexOf(key);
  const column = typeof path[2] === 'number' ? 7 + path[2] * 3 : path.length < 2 ? 1 : 3 + key.length + 2;
  return { file: SLIDE, line, column };
}

export function render(spec: ChartSpec, table: DataTable, lang = 'en', id = 'chart-test') {
  return renderChart(spec, table, { theme, lang, id, locate });
}

export const revenue = () => csv('openai-revenue', 'year,revenue_usd,status\n2022,28000000,actual\n2023,1600000000,actual\n2024,3700000000,expected\n');
