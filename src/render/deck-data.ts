import { chartKey } from '../charts/chart-key.js';
import { folderLabels, unlabelledColumns, withLabels } from '../charts/chart-labels.js';
import { applyWhere } from '../charts/chart-where.js';
import { extractChartData, type ChartData } from '../charts/chart-data.js';
import { isVegaLiteChart, yColumns, type ChartSpec, type VegaLiteChartSpec } from '../charts/chart-spec.js';
import type { ChartTheme } from '../charts/chart-theme.js';
import { validateChartSpec } from '../charts/validate-chart-spec.js';
import type { BoundValue } from '../data/bound-value.js';
import { columnValues } from '../data/column-values.js';
import { renderDataTable, type DataTableSpec } from '../data/data-table-html.js';
import { findTable } from '../data/find-table.js';
import { interpolateData } from '../data/interpolate.js';
import type { DataTable } from '../data/table.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidSlide } from '../validate/validate-deck.js';
import type { DataAnswer, DataBinding } from './data-binding.js';

export interface DeckDataInput {
  tables: ReadonlyMap<string, DataTable>;
  lang: string;
  theme: ChartTheme;
  /** Charts rendered by earlier builds, by chartKey(). */
  cache: ReadonlyMap<string, string>;
  /** Vega-Lite specs by the path slides write, read by the load stage. */
  vegaSpecs: ReadonlyMap<string, object>;
}

export interface DeckData extends DataBinding {
  /** What a slide's chart is drawn from (labels applied, titles resolved, the rows its `where` keeps, read as categories and series), for exports that draw charts themselves (pptx). */
  chartSource(id: string): ChartSource | undefined;
  tables: ReadonlyMap<string, DataTable>;
  /** Column labels from the data folder's labels.yaml (labels.<lang>.yaml), for every output's headers and axes. */
  labels: Readonly<Record<string, string>>;
  /** Charts rendered in this build (not from the cache), for the cache to keep. */
  rendered: Map<string, string>;
  stats: { rendered: number; cached: number };
  /**
   * Draws every chart of the deck (all variants share them: a chart depends on its
   * slide id, not on the cut), before the slides render. The chart renderers (d3,
   * Vega) are imported only when some chart is not in the cache.
   */
  prepareCharts(slides: readonly { slide: ValidSlide; id: string }[]): Promise<void>;
}

/** The deck's data as the render stage reads it: references in text, charts (cached) and data tables. */
export function bindDeckData(input: DeckDataInput): DeckData {
  const { tables, lang, cache } = input;
  const diagnostics: Diagnostic[] = [];
  const rendered = new Map<string, string>();
  const figures = new Map<string, { svg: string; values: BoundValue[] }>();
  const chartSources = new Map<string, ChartSource>();
  const stats = { rendered: 0, cached: 0 };
  const labels = folderLabels(tables, lang);

  const text: DataBinding['text'] = (value, at, insert) => {
    const result = interpolateData(value, at, { tables, lang }, insert);
    return { value: result.text, diagnostics: result.diagnostics, values: result.values };
  };
  /** A chart fills the figure its layout gives it: the `chart` layout's is the slide's full width. */
  const chartThemeFor = (slide: ValidSlide): ChartTheme =>
    slide.fm.layout === 'chart' ? { ...input.theme, width: input.theme.wideWidth, height: input.theme.wideHeight } : input.theme;

  /**
   * Title and caption may cite data too; they are resolved before the chart is keyed
   * and drawn, once for the deck: their problems are the deck's, their values the chart's.
   */
  const resolveTexts = <T extends { title?: string; caption?: string }>(spec: T, slide: ValidSlide, values: BoundValue[]): T => {
    const resolve = (key: 'title' | 'caption') => {
      const answer = text(spec[key]!, slide.locate(['chart', key]));
      diagnostics.push(...answer.diagnostics);
      values.push(...answer.values);
      return { [key]: answer.value };
    };
    return { ...spec, ...(spec.title !== undefined ? resolve('title') : {}), ...(spec.caption !== undefined ? resolve('caption') : {}) };
  };

  /** What one chart needs to be drawn, and its cache key; undefined when the spec or its data is wrong. */
  const plan = (slide: ValidSlide, id: string): ChartPlan | undefined => {
    const theme = chartThemeFor(slide);
    const validated = validateChartSpec(slide.fm.chart, slide.locate);
    diagnostics.push(...validated.diagnostics);
    if (!validated.spec) return undefined;
    const values: BoundValue[] = [];
    if (isVegaLiteChart(validated.spec)) {
      const spec = resolveTexts(validated.spec, slide, values);
      const source = input.vegaSpecs.get(spec['vega-lite']);
      return source ? { kind: 'vega-lite', spec, source, slide, id, values, key: chartKey({ ...spec, source }, [...tables.values()], theme, lang, id) } : undefined;
    }
    const spec: ChartSpec = withLabels(resolveTexts(validated.spec, slide, values), labels);
    diagnostics.push(...unlabelledColumns(spec, slide.locate));
    const found = findTable(spec.data, tables, slide.locate(['chart', 'data']));
    diagnostics.push(...found.diagnostics);
    if (!found.table) return undefined;
    const kept = applyWhere(spec, found.table, slide.locate);
    diagnostics.push(...kept.diagnostics);
    if (!kept.table) return undefined;
    // Not push(...): a chart of 100k+ rows has more values than a call takes arguments.
    for (const value of chartValues(spec, kept.table, slide)) values.push(value);
    // Keyed by the whole table, as charts cached by earlier builds were (the spec holds the where).
    return { kind: 'native', spec, table: kept.table, slide, id, values, key: chartKey(spec, found.table, theme, lang, id) };
  };

  /** A native chart's source: its data as the drawing read it, or (a chart from the cache) read from its table once, when an export first asks. */
  const nativeSource = (chart: ChartPlan & { kind: 'native' }, drawn: ChartData | undefined): ChartSource => {
    let data = drawn;
    return { kind: 'native', spec: chart.spec, table: chart.table, get data() { return (data ??= extractChartData(chart.spec, chart.table, chart.slide.locate, lang).data); } };
  };

  const draw = async (chart: ChartPlan): Promise<{ svg: string; diagnostics: Diagnostic[]; data?: ChartData }> => {
    const options = { theme: chartThemeFor(chart.slide), lang, id: chart.id, locate: chart.slide.locate };
    if (chart.kind === 'native') return (await import('../charts/render-chart.js')).renderChart(chart.spec, chart.table, options);
    const { renderVegaLite } = await import('../charts/vega-lite.js');
    return renderVegaLite(chart.source, { ...options, tables, ...(chart.spec.title !== undefined ? { title: chart.spec.title } : {}) });
  };

  return {
    tables,
    labels,
    diagnostics,
    rendered,
    stats,
    text,
    chart: (_slide, id) => {
      const figure = figures.get(id);
      return { value: figure?.svg, diagnostics: [], values: figure?.values ?? [] };
    },
    chartSource: (id) => chartSources.get(id),
    table(slide): DataAnswer<string | undefined> {
      const spec = slide.fm.table as DataTableSpec | undefined;
      if (!spec) return { value: undefined, diagnostics: [], values: [] };
      const found = findTable(spec.data, tables, slide.locate(['table', 'data']));
      if (!found.table) return { value: undefined, diagnostics: found.diagnostics, values: [] };
      const result = renderDataTable(spec, found.table, lang, slide.locate, labels);
      const columns = (spec.columns ?? found.table.columns).map((c) => (typeof c === 'string' ? c : c.name));
      // Where the table is written: its `data:` key, placed without a second parse of the front matter.
      const values = result.html ? columnValues(found.table, columns.map((name) => ({ name, expression: `table: ${name}` })), slide.locate(['table', 'data'], 'key')) : [];
      return { value: result.html, diagnostics: result.diagnostics, values };
    },
    async prepareCharts(slides) {
      for (const { slide, id } of slides) {
        const chart = plan(slide, id);
        if (!chart) continue;
        const hit = cache.get(chart.key) ?? rendered.get(chart.key);
        let data: ChartData | undefined;
        if (hit !== undefined) {
          stats.cached++;
          figures.set(id, { svg: hit, values: chart.values });
        } else {
          const result = await draw(chart);
          stats.rendered++;
          diagnostics.push(...result.diagnostics);
          // Only a clean render may be reused: a chart with problems (errors, dropped labels) must be reported again next time.
          if (result.diagnostics.length === 0 && result.svg) rendered.set(chart.key, result.svg);
          figures.set(id, { svg: result.svg, values: chart.values });
          data = result.data;
        }
        chartSources.set(id, chart.kind === 'native' ? nativeSource(chart, data) : { kind: 'vega-lite' });
      }
    },
  };
}

/** `values`: the data the chart shows (title, caption and plotted cells), for the build manifest; `table`: the rows its `where` keeps. */
type ChartPlan = { slide: ValidSlide; id: string; key: string; values: BoundValue[] } & (
  | { kind: 'native'; spec: ChartSpec; table: DataTable }
  | { kind: 'vega-lite'; spec: VegaLiteChartSpec; source: object }
);

/** The cells a native chart plots: its x labels, y values and series names, every row its `where` keeps (its problems are the drawing's). */
function chartValues(spec: ChartSpec, table: DataTable, slide: ValidSlide): BoundValue[] {
  const columns = [
    { name: spec.x, expression: `chart.x: ${spec.x}` },
    ...yColumns(spec).map((name) => ({ name, expression: `chart.y: ${name}` })),
    ...(spec.series ? [{ name: spec.series, expression: `chart.series: ${spec.series}` }] : []),
  ];
  // Where the chart is written: its `data:` key, placed without a second parse of the front matter.
  return columnValues(table, columns, slide.locate(['chart', 'data'], 'key'));
}

/** `data`: the table read as the chart's categories and series, once for the deck (by the drawing, or for a cached chart when asked); absent when it could not be read (the compile reported why). */
export type ChartSource = { kind: 'native'; spec: ChartSpec; table: DataTable; data?: ChartData } | { kind: 'vega-lite' };
