import { contentHash } from './content-hash.js';
import type { DataTable } from '../data/table.js';
import type { ChartTheme } from './chart-theme.js';

/**
 * Bump when chart rendering changes its output, so cached SVGs from an older
 * deckpress are not reused. (The pipeline may also keep one cache folder per version.)
 */
export const CHART_RENDERER_VERSION = 3;

/**
 * The cache key of one rendered chart: a content hash of a canonical JSON of everything the
 * SVG depends on — the spec, the data values (not their line numbers), the theme,
 * the language, the ICU version and the id (the SVG's element ids derive from it). For a Vega-Lite
 * chart pass the spec object and every table it reads.
 */
export function chartKey(
  spec: unknown,
  table: DataTable | readonly DataTable[] | undefined,
  theme: ChartTheme,
  lang: string,
  id: string,
): string {
  const tables: readonly DataTable[] = table === undefined ? [] : isTableList(table) ? table : [table];
  const data = tables.map((t) => ({ name: t.name, columns: t.columns, rows: t.rows.map((r) => r.values) }));
  // Number and date text comes from ICU, which changes with Node versions.
  const payload = canonicalJson({ v: CHART_RENDERER_VERSION, icu: process.versions.icu ?? '', spec, data, theme: canonicalTheme(theme), lang, id });
  return contentHash(payload);
}

/** Every chart of a deck shares its theme: written out once, not once per chart. */
const themeJson = new WeakMap<ChartTheme, RawJson>();
const canonicalTheme = (theme: ChartTheme): RawJson => {
  let json = themeJson.get(theme);
  if (!json) themeJson.set(theme, (json = new RawJson(canonicalJson(theme))));
  return json;
};

/** Text already in canonical JSON, inserted as it is. */
class RawJson {
  constructor(readonly json: string) {}
}

const isPlain = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || v === null;

function isTableList(table: DataTable | readonly DataTable[]): table is readonly DataTable[] {
  return Array.isArray(table);
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof RawJson) return value.json;
  // A row of numbers and strings (most of a chart's data) is canonical as JSON.stringify writes it.
  if (Array.isArray(value)) return value.every(isPlain) ? JSON.stringify(value) : `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
