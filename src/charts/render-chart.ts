import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { FORMAT_NAMES, isFormatName } from '../data/formats.js';
import type { DataTable } from '../data/table.js';
import { extractChartData, type ChartData } from './chart-data.js';
import { layoutFrame } from './chart-frame.js';
import { downsample, MAX_DRAWN_ROWS } from './downsample.js';
import { CHART_TYPE_SYNONYMS, CHART_TYPES, isChartType, type ChartSpec, type ChartType } from './chart-spec.js';
import type { ChartTheme } from './chart-theme.js';
import { chartTitle, describeChart } from './describe-chart.js';
import { shrink } from './layout-box.js';
import { layoutLegend } from './legend.js';
import { maxAbs, seriesColor, type PlotInput } from './plot-input.js';
import { renderBar } from './render-bar.js';
import { renderColumn } from './render-column.js';
import { renderDonut } from './render-donut.js';
import { renderLine } from './render-line.js';
import { renderScatter } from './render-scatter.js';
import { renderStackedColumn } from './render-stacked-column.js';
import { valueFormatter } from './value-format.js';

export interface RenderChartOptions {
  theme: ChartTheme;
  lang: string;
  /** Unique on the page; the SVG's element ids derive from it. */
  id: string;
  /** Position of a key in the slide's front matter, e.g. ['chart', 'y']. */
  locate: (path: (string | number)[]) => SourcePosition;
  /** Draw the title and caption inside the SVG (default true; false when the layout prints them). */
  titles?: boolean;
}

const RENDERERS: Record<ChartType, (input: PlotInput) => string> = {
  column: renderColumn,
  bar: renderBar,
  'stacked-column': renderStackedColumn,
  line: renderLine,
  area: renderLine,
  donut: renderDonut,
  scatter: renderScatter,
};

/**
 * A chart as an inline SVG string: no DOM, no browser, no script, so it stays vector
 * in the PDF. Pure and deterministic (same input, same bytes), which the chart cache
 * relies on. Returns an empty string when the spec or data has errors. `table` holds
 * the rows the chart shows: its `where` is applied before (chart-where.ts). `data` is
 * the table read as categories and series (every row, before downsampling), for
 * exports that draw the chart themselves (pptx), so they do not read it again.
 */
export function renderChart(spec: ChartSpec, table: DataTable, opts: RenderChartOptions): { svg: string; diagnostics: Diagnostic[]; data?: ChartData } {
  const { theme, lang, locate } = opts;
  const diagnostics = checkSpec(spec, locate);
  if (diagnostics.length > 0 || table.unreadable) return { svg: '', diagnostics };
  const extracted = extractChartData(spec, table, locate, lang);
  diagnostics.push(...extracted.diagnostics);
  if (extracted.data) diagnostics.push(...checkData(spec, extracted.data, table, locate), ...checkDrawable(extracted.data, locate));
  if (!extracted.data || diagnostics.some((d) => d.severity === 'error')) return { svg: '', diagnostics };
  const data = downsample(extracted.data);
  if (data !== extracted.data) diagnostics.push(diagnose('ChartDownsampled', locate(['chart', 'data']), { rows: extracted.data.categories.length, limit: MAX_DRAWN_ROWS }));

  const format = valueFormatter(spec.format, lang, maxAbs(data));
  const showTitles = opts.titles ?? true;
  const frame = layoutFrame(
    {
      title: chartTitle(spec, data),
      desc: describeChart(spec, data, format),
      ...(showTitles && spec.title ? { visibleTitle: spec.title } : {}),
      ...(showTitles && spec.caption ? { caption: spec.caption } : {}),
    },
    theme,
  );
  let box = frame.inner;
  let legend = '';
  if (data.series.length > 1 && spec.type !== 'donut') {
    // Series are named by their label (labels.yaml, chart labels), else the column as words or the value.
    const items = data.series.map((s, i) => ({ label: s.label, color: seriesColor(theme, i) }));
    const layout = layoutLegend(items, box.width, theme);
    legend = layout.draw(box);
    box = shrink(box, { top: layout.height + 6 });
  }
  const dropped: string[] = [];
  const plot = RENDERERS[spec.type]({ data, spec, theme, box, lang, dropped });
  if (dropped.length > 0) {
    const sample = dropped.slice(0, 4).map((t) => `"${t}"`).join(', ') + (dropped.length > 4 ? ` and ${dropped.length - 4} more` : '');
    diagnostics.push(diagnose('ChartLabelsDropped', locate(['chart']), { count: dropped.length, sample }));
  }
  return { svg: frame.wrap(legend + plot, opts.id, spec.type), diagnostics, data: extracted.data };
}

/** Type and format, for callers that skipped validateChartSpec. */
function checkSpec(spec: ChartSpec, locate: RenderChartOptions['locate']): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isChartType(spec.type)) {
    const suggestion = closest(String(spec.type), CHART_TYPES, CHART_TYPE_SYNONYMS);
    out.push(diagnose('UnknownChartType', locate(['chart', 'type']), { type: String(spec.type), known: CHART_TYPES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  if (spec.format !== undefined && !isFormatName(spec.format)) {
    const suggestion = closest(spec.format, FORMAT_NAMES);
    out.push(diagnose('UnknownFormat', locate(['chart', 'format']), { format: spec.format, known: FORMAT_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  return out;
}

/** Values a chart can place: some number, none so large that the axis arithmetic overflows (it would draw NaN). */
function checkDrawable(data: ChartData, locate: RenderChartOptions['locate']): Diagnostic[] {
  let any = false;
  let largest = 0;
  for (const s of data.series) for (const v of s.values) if (v !== null) {
    any = true;
    largest = Math.max(largest, Math.abs(v));
  }
  if (!any) return [diagnose('ChartSpecInvalid', locate(['chart', 'y']), { detail: 'the y column has no numbers to draw (every cell is empty)', fix: 'Fill in the column, or point y at a column with numbers.' })];
  if (largest > MAX_DRAWABLE) return [diagnose('ChartSpecInvalid', locate(['chart', 'y']), { detail: `a value of ${largest.toExponential(2)} is too large to draw`, fix: 'Scale the values (for example to billions) so they stay below 1e100.' })];
  return [];
}

/** Far above any real quantity, far below where nice axis ticks overflow to Infinity. */
const MAX_DRAWABLE = 1e100;

/** What only some chart types require of their data. */
function checkData(spec: ChartSpec, data: ChartData, table: DataTable, locate: RenderChartOptions['locate']): Diagnostic[] {
  if (spec.type !== 'donut') return [];
  if (data.series.length > 1) {
    return [diagnose('ChartSpecInvalid', locate(['chart', spec.series ? 'series' : 'y']), { detail: 'a donut chart shows one series', fix: 'Give a donut one y column: the size of each slice.' })];
  }
  const negative = data.series[0]?.values.findIndex((v) => v !== null && v < 0) ?? -1;
  if (negative < 0) return [];
  return [diagnose('ChartSpecInvalid', locate(['chart', 'y']), { detail: `a donut slice cannot be negative (${table.file}:${table.rows[negative]?.line ?? 0})` })];
}
