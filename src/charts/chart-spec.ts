/** The chart types drawn natively (anything else goes through `chart: { vega-lite: … }`). */
export const CHART_TYPES = ['column', 'bar', 'stacked-column', 'line', 'area', 'donut', 'scatter'] as const;

export type ChartType = (typeof CHART_TYPES)[number];

/** Chart names from other tools, for "did you mean": a pie is our donut. */
export const CHART_TYPE_SYNONYMS: Readonly<Record<string, ChartType>> = { pie: 'donut', doughnut: 'donut', ring: 'donut', stacked: 'stacked-column', stacked_bar: 'stacked-column', histogram: 'column', points: 'scatter', dots: 'scatter', horizontal_bar: 'bar' };

export type HighlightValue = string | number;

/**
 * A slide's `chart:` front matter. Strings (title, caption) are already interpolated
 * by the caller. `x-title`/`y-title` name the axes; without them a chart shows units
 * through its tick format and names series in its legend.
 */
export interface ChartSpec {
  type: ChartType;
  /** A file in data/, with or without extension. */
  data: string;
  x: string;
  y: string | string[];
  series?: string;
  format?: string;
  title?: string;
  caption?: string;
  highlight?: HighlightValue | HighlightValue[];
  'x-title'?: string;
  'y-title'?: string;
  /** Only rows whose columns hold these values: `where: { vendor: "Vendor B" }`. */
  where?: Record<string, string>;
  /**
   * Display names of columns and category values. After validation this is the chart's
   * own `labels` over the data folder's labels.yaml and labels.<lang>.yaml (see chart-labels).
   */
  labels?: Record<string, string>;
}

/** `chart: { vega-lite: spec.json }`: a Vega-Lite spec file rendered by vega. */
export interface VegaLiteChartSpec {
  'vega-lite': string;
  title?: string;
  caption?: string;
}

export const CHART_KEYS = ['type', 'data', 'x', 'y', 'series', 'format', 'title', 'caption', 'highlight', 'x-title', 'y-title', 'where', 'labels', 'vega-lite'] as const;

/** Tells a Vega-Lite chart from a native one (both come out of validateChartSpec). */
export function isVegaLiteChart(spec: ChartSpec | VegaLiteChartSpec): spec is VegaLiteChartSpec {
  return 'vega-lite' in spec && typeof spec['vega-lite'] === 'string';
}

export function isChartType(type: string): type is ChartType {
  return (CHART_TYPES as readonly string[]).includes(type);
}

/** The y columns as a list. */
export function yColumns(spec: ChartSpec): string[] {
  return Array.isArray(spec.y) ? spec.y : [spec.y];
}

export function highlightValues(spec: ChartSpec): HighlightValue[] {
  if (spec.highlight === undefined) return [];
  return Array.isArray(spec.highlight) ? spec.highlight : [spec.highlight];
}
