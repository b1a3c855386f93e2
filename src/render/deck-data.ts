import { chartKey } from '../charts/chart-key.js';
import { isVegaLiteChart, type ChartSpec } from '../charts/chart-spec.js';
import type { ChartTheme } from '../charts/chart-theme.js';
import { renderChart } from '../charts/render-chart.js';
import { validateChartSpec } from '../charts/validate-chart-spec.js';
import { renderVegaLite } from '../charts/vega-lite.js';
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
  /** Vega-Lite renders asynchronously: call before rendering slides that use it. */
  prepareVegaLite(slides: readonly { slide: ValidSlide; id: string }[]): Promise<void>;
}

/** The deck's data as the render stage reads it: references in text, charts (cached) and data tables. */
export function bindDeckData(input: DeckDataInput): DeckData {
  const { tables, lang, theme, cache } = input;
  const diagnostics: Diagnostic[] = [];
  const rendered = new Map<string, string>();
  const vegaSvgs = new Map<string, string>();
  const stats = { rendered: 0, cached: 0 };

  const text = (value: string, at: Parameters<DataBinding['text']>[1]) => {
    const result = interpolateData(value, at, { tables, lang });
    diagnostics.push(...result.diagnostics);
    return result.text;
  };

  /** Title and caption may cite data too; they are resolved before the chart is drawn and keyed. */
  const resolveTexts = <T extends { title?: string; caption?: string }>(spec: T, slide: ValidSlide): T => ({
    ...spec,
    ...(spec.title !== undefined ? { title: text(spec.title, slide.locate(['chart', 'title'])) } : {}),
    ...(spec.caption !== undefined ? { caption: text(spec.caption, slide.locate(['chart', 'caption'])) } : {}),
  });

  const cached = (key: string, draw: () => { svg: string; diagnostics: Diagnostic[] }): string => {
    const hit = cache.get(key) ?? rendered.get(key);
    if (hit !== undefined) {
      stats.cached++;
      return hit;
    }
    const result = draw();
    diagnostics.push(...result.diagnostics);
    stats.rendered++;
    // Only a clean render may be reused: a chart with errors must be reported again next time.
    if (!hasErrors(result.diagnostics) && result.svg) rendered.set(key, result.svg);
    return result.svg;
  };

  return {
    diagnostics,
    rendered,
    stats,
    text,
    chart(slide, id) {
      const validated = validateChartSpec(slide.fm.chart, slide.locate);
      diagnostics.push(...validated.diagnostics);
      if (!validated.spec) return undefined;
      if (isVegaLiteChart(validated.spec)) return vegaSvgs.get(id);
      const spec: ChartSpec = resolveTexts(validated.spec, slide);
      const found = findTable(spec.data, tables, slide.locate(['chart', 'data']));
      diagnostics.push(...found.diagnostics);
      if (!found.table) return undefined;
      const table = found.table;
      return cached(chartKey(spec, table, theme, lang, id), () => renderChart(spec, table, { theme, lang, id, locate: slide.locate }));
    },
    table(slide) {
      const spec = slide.fm.table as DataTableSpec | undefined;
      if (!spec) return undefined;
      const found = findTable(spec.data, tables, slide.locate(['table', 'data']));
      diagnostics.push(...found.diagnostics);
      if (!found.table) return undefined;
      const result = renderDataTable(spec, found.table, lang, slide.locate);
      diagnostics.push(...result.diagnostics);
      return result.html;
    },
    async prepareVegaLite(slides) {
      for (const { slide, id } of slides) {
        const validated = validateChartSpec(slide.fm.chart, slide.locate);
        if (!validated.spec || !isVegaLiteChart(validated.spec)) continue;
        const spec = resolveTexts(validated.spec, slide);
        const source = input.vegaSpecs.get(spec['vega-lite']);
        if (!source) continue;
        const usedTables = [...tables.values()];
        const key = chartKey({ ...spec, source }, usedTables, theme, lang, id);
        const hit = cache.get(key);
        if (hit !== undefined) {
          stats.cached++;
          vegaSvgs.set(id, hit);
          continue;
        }
        const result = await renderVegaLite(source, { theme, lang, id, locate: slide.locate, tables, ...(spec.title !== undefined ? { title: spec.title } : {}) });
        stats.rendered++;
        if (!hasErrors(result.diagnostics) && result.svg) rendered.set(key, result.svg);
        diagnostics.push(...result.diagnostics);
        vegaSvgs.set(id, result.svg);
      }
    },
  };
}
