import type { ChartData } from './chart-data.js';
import type { ChartSpec } from './chart-spec.js';
import type { ChartTheme } from './chart-theme.js';
import type { Box } from './layout-box.js';

/** What a chart type's renderer gets: the data, and the box left after title, legend and caption. */
export interface PlotInput {
  data: ChartData;
  spec: ChartSpec;
  theme: ChartTheme;
  box: Box;
  lang: string;
  /** Labels a renderer had to leave out for lack of room (reported as ChartLabelsDropped). */
  dropped: string[];
}

export function seriesColor(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? theme.text;
}

/**
 * A mark's colour. One series: the accent for highlighted categories, and the rest
 * recede to the subdued colour when anything is highlighted. Several series keep
 * their colours (they identify the series); `markOpacity` dims the others instead.
 */
export function markColor(input: Pick<PlotInput, 'data' | 'theme'>, seriesIndex: number, highlighted: boolean): string {
  const { data, theme } = input;
  if (data.series.length > 1) return seriesColor(theme, seriesIndex);
  if (highlighted) return theme.accent;
  return data.hasHighlight ? theme.subdued : seriesColor(theme, 0);
}

export function markOpacity(input: PlotInput, highlighted: boolean): number | undefined {
  return input.data.series.length > 1 && input.data.hasHighlight && !highlighted ? 0.45 : undefined;
}

/** Largest absolute value drawn, for choosing compact formats. */
export function maxAbs(data: ChartData): number {
  let max = 0;
  for (const s of data.series) for (const v of s.values) if (v !== null) max = Math.max(max, Math.abs(v));
  return max;
}
