import { max, min } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { drawSideLabels } from './category-labels.js';
import { markColor, markOpacity, type PlotInput } from './plot-input.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import { drawAxisTitle, drawValueAxis } from './value-axis.js';
import { valueSetup } from './value-setup.js';

const MAX_BAR = 64;

/**
 * Horizontal bars: category labels wrap on the left, value labels sit at the bar
 * ends. Bars suit long category names, so labels get up to 40% of the width.
 */
export function renderBar(input: PlotInput): string {
  const { data, theme, box, spec } = input;
  const { values, formatValue, formatTick, scale, ticks, groups } = valueSetup(input);
  const size = theme.fontSize;
  const labelSize = theme.valueFontSize * (groups > 1 ? 0.85 : 1);

  const natural = max(data.categories, (c) => textWidth(c.label, size, c.highlight)) ?? 0;
  const labelWidth = Math.min(natural, box.width * 0.4);
  const valueRoom = (max(values, (v) => textWidth(formatValue(v), labelSize, true)) ?? 0) + 12;
  const negativeRoom = (min(values) ?? 0) < 0 ? valueRoom : 0;
  // Rows too thin for a value label fall back to a value axis, which needs room below.
  const approxStep = (box.height - 8) / data.categories.length;
  const showLabels = (approxStep * 0.7) / groups >= labelSize * 0.9;
  const bottomRoom = (spec['x-title'] ? size + 8 : 0) + (showLabels ? 0 : size + 10);
  const plot = {
    x: box.x + labelWidth + 14 + negativeRoom,
    y: box.y + 4,
    width: box.width - labelWidth - 14 - valueRoom - negativeRoom,
    height: box.height - 8 - bottomRoom,
  };
  scale.range([plot.x, plot.x + plot.width]);
  const band = scaleBand<number>()
    .domain(data.categories.map((_, i) => i))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  // A label wraps onto as many lines as its row holds (at most three), then ends in "…".
  const maxLines = Math.max(1, Math.min(3, Math.floor(band.step() / (size * 1.15))));
  const thickness = Math.min(MAX_BAR * (groups > 1 ? 1.4 : 1), band.bandwidth());
  const sub = thickness / groups;
  const zero = scale(0);

  const bars: string[] = [];
  const valueLabels: string[] = [];
  const centers: number[] = [];
  data.categories.forEach((category, i) => {
    const y0 = (band(i) ?? 0) + (band.bandwidth() - thickness) / 2;
    centers.push(y0 + thickness / 2);
    data.series.forEach((series, s) => {
      const v = series.values[i];
      if (v === null || v === undefined) return;
      const x = scale(v);
      const y = y0 + s * sub;
      bars.push(el('rect', {
        class: 'bar',
        x: Math.min(x, zero),
        y: y + (groups > 1 ? 1 : 0),
        width: Math.abs(x - zero),
        height: sub - (groups > 1 ? 2 : 0),
        fill: markColor(input, s, category.highlight),
        opacity: markOpacity(input, category.highlight),
      }));
      if (!showLabels) return;
      valueLabels.push(el('text', {
        class: 'value-label',
        x: v >= 0 ? x + 8 : x - 8,
        y: y + sub / 2,
        dy: '0.34em',
        'text-anchor': v >= 0 ? 'start' : 'end',
        'font-size': labelSize,
        'font-weight': 700,
        fill: category.highlight ? theme.accent : theme.text,
      }, escapeXml(formatValue(v))));
    });
  });

  const axis = showLabels
    ? el('line', { x1: zero, x2: zero, y1: plot.y, y2: plot.y + plot.height, stroke: theme.axis, 'stroke-width': 1 })
    : drawValueAxis(scale, ticks, plot, 'horizontal', formatTick, theme);
  return [
    axis,
    el('g', { class: 'bars' }, bars),
    el('g', { class: 'value-labels' }, valueLabels),
    drawSideLabels(data.categories, centers, box.x + labelWidth, labelWidth, maxLines, theme),
    drawAxisTitle(spec['x-title'], { ...plot, height: plot.height + (showLabels ? 0 : size + 6) }, 'horizontal', theme, size + 4),
  ].join('');
}
