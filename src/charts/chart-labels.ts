import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataTable } from '../data/table.js';
import { yColumns, type ChartSpec } from './chart-spec.js';
import type { Locate } from './validate-chart-spec.js';

export type Labels = Record<string, string>;

/**
 * The display names a data folder gives columns and category values: labels.yaml, then
 * labels.<language>.yaml (labels.zh.yaml, then labels.zh-Hant.yaml for zh-Hant), each
 * over the one before. They are key-value data files, read like any other, so editing
 * one rebuilds the charts that use it.
 */
export function folderLabels(tables: ReadonlyMap<string, DataTable>, lang: string): Labels {
  const base = lang.split('-')[0]!;
  const names = ['labels', ...(base !== lang ? [`labels.${base}`] : []), `labels.${lang}`];
  const labels: Labels = {};
  for (const name of names) {
    for (const [key, entry] of Object.entries(tables.get(name)?.record ?? {})) if (entry.value !== null) labels[key] = String(entry.value);
  }
  return labels;
}

/** The chart with its own labels over the folder's, and axis titles that name a column shown by its label. */
export function withLabels(spec: ChartSpec, folder: Labels): ChartSpec {
  const labels = { ...folder, ...spec.labels };
  const title = (value: string | undefined) => (value !== undefined && Object.hasOwn(labels, value) ? labels[value] : value);
  const x = title(spec['x-title']);
  const y = title(spec['y-title']);
  return { ...spec, labels, ...(x !== undefined ? { 'x-title': x } : {}), ...(y !== undefined ? { 'y-title': y } : {}) };
}

/**
 * A warning for each snake_case column name the chart would show raw: a legend of
 * several y columns names each column, and there a label reads better.
 */
export function unlabelledColumns(spec: ChartSpec, locate: Locate): Diagnostic[] {
  if (spec.series !== undefined || spec.type === 'donut') return [];
  const ys = yColumns(spec);
  if (ys.length < 2) return [];
  return ys.flatMap((column, i) =>
    column.includes('_') && !Object.hasOwn(spec.labels ?? {}, column)
      ? [diagnose('UnlabelledColumn', locate(Array.isArray(spec.y) ? ['chart', 'y', i] : ['chart', 'y']), { column })]
      : [],
  );
}
