import { chartKey } from '../charts/chart-key.js';
import { folderLabels, unlabelledColumns, withLabels } from '../charts/chart-labels.js';
import { isVegaLiteChart, type ChartSpec, type VegaLiteChartSpec } from '../charts/chart-spec.js';
import type { ChartTheme } from '../charts/chart-theme.js';
import { validateChartSpec } from '../charts/validate-chart-spec.js';
import { renderDataTable, type DataTableSpec } from '../data/data-table-html.js';
import { findTable } from '../data/find-table.js';
import { interpolateData } from '../data/interpolate.js';
import type { DataTable } from '../data/table.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidSlide } from '../validate/validate-deck.js';
import type { DataBinding } from './data-binding.js';

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
  const { tables, lang, theme, cache } = input;
  const diagnostics: Diagnostic[] = [];
  const rendered = new Map<string, string>();
  const svgs = new Map<string, string>();
  const stats = { rendered: 0, cached: 0 };

  const text = (value: string, at: Parameters<DataBinding['text']>[1]) => {
    const result = interpolateData(value, at, { tables, lang });
    diagnostics.push(...result.diagnostics);
    return result.text;
  };

  /** Title and caption may cite data too; they are resolved before the chart is keyed and drawn. */
  const resolveTexts = <T extends { title?: string; caption?: string }>(spec: T, slide: ValidSlide): T => ({
    ...spec,
    ...(spec.title !== undefined ? { title: text(spec.title, slide.locate(['chart', 'title'])) } : {}),
    ...(spec.caption !== undefined ? { caption: text(spec.caption, slide.locate(['chart', 'caption'])) } : {}),
  });

  /** What one chart needs to be drawn, and its cache key; undefined when the spec or its data is wrong. */
  const plan = (slide: ValidSlide, id: string): ChartPlan | undefined => {
    const validated = validateChartSpec(slide.fm.chart, slide.locate);
    diagnostics.push(...validated.diagnostics);
    if (!validated.spec) return undefined;
    if (isVegaLiteChart(validated.spec)) {
      const spec = resolveTexts(validated.spec, slide);
      const source = input.vegaSpecs.get(spec['vega-lite']);
      return source ? { kind: 'vega-lite', spec, source, slide, id, key: chartKey({ ...spec, source }, [...tables.values()], theme, lang, id) } : undefined;
    }
    const spec: ChartSpec = withLabels(resolveTexts(validated.spec, slide), folderLabels(tables, lang));
    diagnostics.push(...unlabelledColumns(spec, slide.locate));
    const found = findTable(spec.data, tables, slide.locate(['chart', 'data']));
    diagnostics.push(...found.diagnostics);
    if (!found.table) return undefined;
    return { kind: 'native', spec, table: found.table, slide, id, key: chartKey(spec, found.table, theme, lang, id) };
  };

  const draw = async (chart: ChartPlan): Promise<{ svg: string; diagnostics: Diagnostic[] }> => {
    const options = { theme, lang, id: chart.id, locate: chart.slide.locate };
    if (chart.kind === 'native') return (await import('../charts/render-chart.js')).renderChart(chart.spec, chart.table, options);
    const { renderVegaLite } = await import('../charts/vega-lite.js');
    return renderVegaLite(chart.source, { ...options, tables, ...(chart.spec.title !== undefined ? { title: chart.spec.title } : {}) });
  };

  return {
    diagnostics,
    rendered,
    stats,
    text,
    chart: (_slide, id) => svgs.get(id),
    table(slide) {
      const spec = slide.fm.table as DataTableSpec | undefined;
      if (!spec) return undefined;
      const found = findTable(spec.data, tables, slide.locate(['table', 'data']));
      diagnostics.push(...found.diagnostics);
      if (!found.table) return undefined;
      const result = renderDataTable(spec, found.table, lang, slide.locate, folderLabels(tables, lang));
      diagnostics.push(...result.diagnostics);
      return result.html;
    },
    async prepareCharts(slides) {
      for (const { slide, id } of slides) {
        const chart = plan(slide, id);
        if (!chart) continue;
        const hit = cache.get(chart.key) ?? rendered.get(chart.key);
        if (hit !== undefined) {
          stats.cached++;
          svgs.set(id, hit);
          continue;
        }
        const result = await draw(chart);
        stats.rendered++;
        diagnostics.push(...result.diagnostics);
        // Only a clean render may be reused: a chart with errors must be reported again next time.
        if (!hasErrors(result.diagnostics) && result.svg) rendered.set(chart.key, result.svg);
        svgs.set(id, result.svg);
      }
    },
  };
}

type ChartPlan = { slide: ValidSlide; id: string; key: string } & (
  | { kind: 'native'; spec: ChartSpec; table: DataTable }
  | { kind: 'vega-lite'; spec: VegaLiteChartSpec; source: object }
);
