import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ChartTheme } from './chart-theme.js';
import type { Box } from './layout-box.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import type { NumberFormatter } from './value-format.js';

/** A linear value scale over [min(0, lo), hi], rounded out to nice ticks. */
export function valueScale(lo: number, hi: number, tickCount: number, includeZero = true): { scale: ScaleLinear<number, number>; ticks: number[] } {
  const min = includeZero ? Math.min(0, lo) : lo;
  const max = includeZero ? Math.max(0, hi) : hi;
  const scale = scaleLinear().domain(min === max ? [min, min + 1] : [min, max]).nice(tickCount);
  return { scale, ticks: scale.ticks(tickCount) };
}

/** How much room tick labels need beside a vertical axis. */
export function tickLabelWidth(ticks: number[], format: NumberFormatter, theme: ChartTheme): number {
  return Math.max(0, ...ticks.map((t) => textWidth(format(t), theme.fontSize * 0.9)));
}

/**
 * Light gridlines with tick labels: horizontal lines labelled at the left for a
 * vertical axis, vertical lines labelled below for a horizontal one. The zero line
 * is drawn darker, as the baseline marks grow from.
 */
export function drawValueAxis(
  scale: ScaleLinear<number, number>,
  ticks: number[],
  plot: Box,
  orientation: 'vertical' | 'horizontal',
  format: NumberFormatter,
  theme: ChartTheme,
  showLabels = true,
): string {
  const size = theme.fontSize * 0.9;
  const parts = ticks.map((t) => {
    const p = scale(t);
    const zero = t === 0;
    const line =
      orientation === 'vertical'
        ? el('line', { x1: plot.x, x2: plot.x + plot.width, y1: p, y2: p, stroke: zero ? theme.axis : theme.grid, 'stroke-width': 1 })
        : el('line', { x1: p, x2: p, y1: plot.y, y2: plot.y + plot.height, stroke: zero ? theme.axis : theme.grid, 'stroke-width': 1 });
    if (!showLabels) return line;
    const label =
      orientation === 'vertical'
        ? el('text', { class: 'tick', x: plot.x - 8, y: p, dy: '0.32em', 'text-anchor': 'end', 'font-size': size, fill: theme.muted }, escapeXml(format(t)))
        : el('text', { class: 'tick', x: p, y: plot.y + plot.height + size + 6, 'text-anchor': 'middle', 'font-size': size, fill: theme.muted }, escapeXml(format(t)));
    return line + label;
  });
  return el('g', { class: 'value-axis' }, parts);
}

/** An axis title: along the top-left of a vertical axis, or centred under a horizontal one. */
export function drawAxisTitle(title: string | undefined, plot: Box, orientation: 'vertical' | 'horizontal', theme: ChartTheme, below = 0): string {
  if (!title) return '';
  const size = theme.fontSize * 0.85;
  return orientation === 'vertical'
    ? el('text', { class: 'axis-title', x: plot.x, y: plot.y - 10, 'font-size': size, fill: theme.muted }, escapeXml(title))
    : el('text', { class: 'axis-title', x: plot.x + plot.width / 2, y: plot.y + plot.height + below, 'text-anchor': 'middle', 'font-size': size, fill: theme.muted }, escapeXml(title));
}
