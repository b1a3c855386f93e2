import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { FORMAT_NAMES, isFormatName } from '../data/formats.js';
import { CHART_KEYS, CHART_TYPE_SYNONYMS, CHART_TYPES, isChartType, type ChartSpec, type VegaLiteChartSpec } from './chart-spec.js';

export type Locate = (path: (string | number)[]) => SourcePosition;

const NATIVE_ONLY = ['type', 'data', 'x', 'y', 'series', 'format', 'highlight', 'x-title', 'y-title', 'where', 'labels'];

/**
 * Checks a slide's `chart:` value (as parsed from YAML) without reading data: shape,
 * keys, type and format. Column names are checked against the data by renderChart.
 * Each problem is placed at the key where it is written.
 */
export function validateChartSpec(
  raw: unknown,
  locate: Locate,
): { spec?: ChartSpec | VegaLiteChartSpec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const invalid = (path: (string | number)[], detail: string, fix?: string): { diagnostics: Diagnostic[] } => {
    diagnostics.push(diagnose('ChartSpecInvalid', locate(path), { detail, ...(fix ? { fix } : {}) }));
    return { diagnostics };
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid(['chart'], 'chart must be a mapping', 'For example chart: { type: column, data: revenue.csv, x: year, y: revenue_usd }.');
  }
  const spec = raw as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if ((CHART_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = closest(key, CHART_KEYS);
    diagnostics.push(diagnose('UnknownKey', locate(['chart', key]), { key, where: 'chart', known: CHART_KEYS.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  for (const key of ['title', 'caption', 'x-title', 'y-title', 'vega-lite', 'data', 'x', 'series']) {
    const value = spec[key];
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number') invalid(['chart', key], `"${key}" must be text`);
  }

  if (spec['vega-lite'] !== undefined) {
    const extra = Object.keys(spec).filter((k) => NATIVE_ONLY.includes(k));
    if (extra.length > 0) invalid(['chart', extra[0]!], `"${extra[0]}" has no effect in a Vega-Lite chart`, 'A Vega-Lite chart is { vega-lite: spec.json, title?, caption? }; the spec file holds everything else.');
    return diagnostics.length > 0 ? { diagnostics } : { spec: normalized(spec) as unknown as VegaLiteChartSpec, diagnostics };
  }

  const type = spec.type;
  if (type === undefined) invalid(['chart'], 'chart has no "type"', `Types: ${CHART_TYPES.join(', ')}.`);
  else if (typeof type !== 'string' || !isChartType(type)) {
    const suggestion = closest(String(type), CHART_TYPES, CHART_TYPE_SYNONYMS);
    diagnostics.push(diagnose('UnknownChartType', locate(['chart', 'type']), { type: String(type), known: CHART_TYPES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  for (const key of ['data', 'x', 'y'] as const) {
    if (spec[key] === undefined) invalid(['chart'], `chart has no "${key}"`, 'A chart names its data file, the x column and the y column(s): { type, data, x, y }.');
  }
  const y = spec.y;
  if (y !== undefined && !isName(y) && !(Array.isArray(y) && y.length > 0 && y.every(isName))) {
    invalid(['chart', 'y'], '"y" must be a column name or a list of column names');
  }
  if (Array.isArray(y) && spec.series !== undefined) {
    invalid(['chart', 'series'], '"series" splits one y column into series, so "y" must be a single column', 'Use either y: [a, b] (one column per series) or y: value with series: <column>.');
  }
  const format = spec.format;
  if (format !== undefined && (typeof format !== 'string' || !isFormatName(format))) {
    const suggestion = closest(String(format), FORMAT_NAMES);
    diagnostics.push(diagnose('UnknownFormat', locate(['chart', 'format']), { format: String(format), known: FORMAT_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  const highlight = spec.highlight;
  if (highlight !== undefined && !isName(highlight) && !(Array.isArray(highlight) && highlight.every(isName))) {
    invalid(['chart', 'highlight'], '"highlight" must be an x value or a list of x values');
  }
  for (const key of ['where', 'labels'] as const) {
    const value = spec[key];
    if (value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every(isName)) {
      invalid(['chart', key], `"${key}" must map column names to values`, key === 'where' ? 'For example where: { vendor: "Vendor B" }.' : 'For example labels: { solar_gw: "Solar (GW)" }.');
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { spec: normalized(spec) as unknown as ChartSpec, diagnostics };
}

function isName(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/** Column names written as YAML numbers (`x: 2024`) become strings; unknown keys are dropped. */
function normalized(spec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CHART_KEYS) {
    const value = spec[key];
    if (value === undefined) continue;
    if (key === 'highlight') out[key] = value;
    else if (key === 'where' || key === 'labels') out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, String(v)]));
    else if (key === 'y' && Array.isArray(value)) out[key] = value.map(String);
    else out[key] = String(value);
  }
  return out;
}
