import type { ChartTheme } from './chart-theme.js';

/** A Vega config from the chart theme, so Vega-Lite charts match native ones. */
export function vegaThemeConfig(theme: ChartTheme): Record<string, unknown> {
  const label = { labelFont: theme.fontFamily, labelFontSize: theme.fontSize * 0.9, labelColor: theme.muted };
  const title = { titleFont: theme.fontFamily, titleFontSize: theme.fontSize * 0.85, titleColor: theme.muted, titleFontWeight: 'normal' };
  return {
    background: 'transparent',
    font: theme.fontFamily,
    view: { stroke: null },
    autosize: { type: 'fit', contains: 'padding' },
    range: { category: theme.palette },
    mark: { color: theme.palette[0] },
    axis: { ...label, ...title, gridColor: theme.grid, domainColor: theme.axis, tickColor: theme.axis },
    legend: { ...label, ...title, labelColor: theme.text },
    title: { font: theme.fontFamily, fontSize: theme.titleFontSize, color: theme.text, anchor: 'start' },
    text: { font: theme.fontFamily, fontSize: theme.valueFontSize, color: theme.text },
  };
}
