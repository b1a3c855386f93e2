import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest, listNames } from '../diagnostics/suggest.js';
import { columnWords } from '../data/column-words.js';
import { findColumn, keyMatches } from '../data/find-table.js';
import { formatValue } from '../data/formats.js';
import { parseNumber } from '../data/infer-column-types.js';
import { rowLocation, type CellValue, type ColumnType, type DataColumn, type DataTable } from '../data/table.js';
import { highlightValues, yColumns, type ChartSpec } from './chart-spec.js';
import type { Locate } from './validate-chart-spec.js';

/** One x value: a bar's category, a line's point position, a slice, or a scatter point. */
export interface Category {
  value: CellValue;
  label: string;
  highlight: boolean;
  /** A scatter point's name: its row key (first column), when that is not the x column. */
  name?: string;
}

/** One series; `values[i]` belongs to `categories[i]` (null: no value there). */
export interface Series {
  /** The y column (wide data) or the series column's value (long data). */
  name: string;
  /** What the legend shows: its label, else the column name as words, or the value as written. */
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  xColumn: string;
  /** The x column's label, else its name as words. */
  xLabel: string;
  xType: ColumnType;
  categories: Category[];
  series: Series[];
  hasHighlight: boolean;
}

/**
 * Reads the chart's columns from its table: wide (`y: [a, b]`, one series per column)
 * or long (`series: region`, one series per distinct value). `table` holds the rows the
 * chart shows, its `where` already applied (chart-where.ts). Problems are placed at
 * the chart key that names the column; a bad value names its data file line.
 */
export function extractChartData(
  spec: ChartSpec,
  table: DataTable,
  locate: Locate,
  lang: string,
): { data?: ChartData; diagnostics: Diagnostic[] } {
  const labels = spec.labels ?? {};
  const diagnostics: Diagnostic[] = [];
  const ys = yColumns(spec);
  const x = findColumn(table, spec.x, locate(['chart', 'x']));
  diagnostics.push(...x.diagnostics);
  ys.forEach((y, i) => {
    const path = Array.isArray(spec.y) ? ['chart', 'y', i] : ['chart', 'y'];
    const found = findColumn(table, y, locate(path));
    diagnostics.push(...found.diagnostics);
    if (found.column) diagnostics.push(...numericCheck(table, y, locate(path), `a ${spec.type} chart`));
  });
  if (spec.series !== undefined) diagnostics.push(...findColumn(table, spec.series, locate(['chart', 'series'])).diagnostics);
  if (spec.type === 'scatter' && x.column) diagnostics.push(...numericCheck(table, spec.x, locate(['chart', 'x']), 'the x axis of a scatter chart'));
  if (table.rows.length === 0 && !table.unreadable) {
    diagnostics.push(diagnose('ChartSpecInvalid', locate(['chart', 'data']), { detail: `${table.file} has no rows to draw` }));
  }
  if (diagnostics.length > 0 || !x.column) return { diagnostics };

  const xColumn = x.column;
  const label = (v: CellValue): string => (v !== null ? labels[String(v)] : undefined) ?? categoryLabel(v, xColumn, lang);
  const categories: Category[] = [];
  const series: Series[] = [];
  if (spec.series === undefined) {
    // Wide: one category per row, in file order (a scatter point per row too).
    const keyColumn = table.columns[0]?.name;
    const named = spec.type === 'scatter' && keyColumn !== undefined && keyColumn !== spec.x;
    for (const row of table.rows) {
      const xv = row.values[spec.x] ?? null;
      const name = named ? String(row.values[keyColumn] ?? '') : undefined;
      categories.push({ value: xv, label: label(xv), highlight: false, ...(name ? { name } : {}) });
    }
    for (const y of ys) series.push({ name: y, label: labels[y] ?? columnWords(y), values: table.rows.map((r) => asNumber(r.values[y])) });
  } else {
    // Long: categories and series in order of first appearance; a repeated pair keeps its first value.
    const y = ys[0] ?? '';
    const xIndex = new Map<string, number>();
    const seriesIndex = new Map<string, Series>();
    for (const row of table.rows) {
      const xv = row.values[spec.x] ?? null;
      const key = String(xv);
      if (spec.type === 'scatter' || !xIndex.has(key)) {
        xIndex.set(key, categories.length);
        categories.push({ value: xv, label: label(xv), highlight: false });
      }
      const name = String(row.values[spec.series] ?? '');
      let s = seriesIndex.get(name);
      if (!s) seriesIndex.set(name, (s = { name, label: labels[name] ?? name, values: [] }));
      const at = spec.type === 'scatter' ? categories.length - 1 : (xIndex.get(key) ?? 0);
      s.values[at] ??= asNumber(row.values[y]);
    }
    for (const s of seriesIndex.values()) {
      series.push({ ...s, values: categories.map((_, i) => s.values[i] ?? null) });
    }
  }

  // Highlights match the x value, or for a scatter chart also the row key (first column).
  const keyColumn = table.columns[0]?.name ?? spec.x;
  for (const wanted of highlightValues(spec)) {
    let matched = false;
    categories.forEach((c, i) => {
      const rowKey = spec.type === 'scatter' && spec.series === undefined ? table.rows[i]?.values[keyColumn] : undefined;
      if (keyMatches(c.value, String(wanted)) || keyMatches(rowKey, String(wanted))) c.highlight = matched = true;
    });
    if (!matched) {
      const known = categories.map((c) => String(c.value));
      const suggestion = closest(String(wanted), known);
      diagnostics.push(diagnose('UnknownRow', locate(['chart', 'highlight']), { key: String(wanted), file: table.file, keyColumn: spec.x, known: listNames(known), ...(suggestion ? { suggestion } : {}) }));
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { data: { xColumn: spec.x, xLabel: labels[spec.x] ?? columnWords(spec.x), xType: xColumn.type, categories, series, hasHighlight: categories.some((c) => c.highlight) }, diagnostics };
}

function asNumber(value: CellValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

/** The first cell of `column` that is not a number, as a NotANumber diagnostic. */
function numericCheck(table: DataTable, column: string, at: ReturnType<Locate>, purpose: string): Diagnostic[] {
  // In a column typed text because of one bad cell, the others are numeric strings: skip those.
  const bad = table.rows.find((r) => r.values[column] !== null && parseNumber(r.values[column]) === undefined);
  if (!bad) return [];
  return [diagnose('NotANumber', at, { value: String(bad.values[column]), at: rowLocation(table, bad.line, column), column, purpose })];
}

/** A column of years stays "2024" (not "2,024"); ISO dates are written out in the deck's language. */
function categoryLabel(value: CellValue, column: DataColumn, lang: string): string {
  return column.type === 'date' && value !== null ? formatValue(value, 'date', lang) : formatValue(value, undefined, lang, column);
}
