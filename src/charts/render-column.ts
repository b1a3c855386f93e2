import { max, min } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { layoutCategoryLabels } from './category-labels.js';
import { placeLabels, type LabelCandidate } from './label-placement.js';
import { markColor, markOpacity, type PlotInput } from './plot-input.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import { drawAxisTitle, drawValueAxis, tickLabelWidth } from './value-axis.js';
import { valueSetup } from './value-setup.js';

const MAX_BAR = 110;

/**
 * Vertical columns, grouped side by side when there are several series. Every column
 * carries its value label when the labels fit; then the value axis is left out (the
 * labels say it all). When they do not fit, light gridlines and ticks take over.
 */
export function renderColumn(input: PlotInput): string {
  const { data, theme, box, spec } = input;
  const { values, formatValue, formatTick, scale, ticks, groups } = valueSetup(input);

  // Decide on value labels first: they fit when the widest is narrower than a column.
  const approxStep = box.width / data.categories.length;
  const slot = Math.min(MAX_BAR, approxStep * 0.72) / groups;
  let labelSize = theme.valueFontSize * (groups > 1 ? 0.85 : 1);
  const widest = (size: number) => max(values, (v) => textWidth(formatValue(v), size, true)) ?? 0;
  if (widest(labelSize) > slot + 8) labelSize *= 0.82;
  const showLabels = widest(labelSize) <= slot + 8;
  const left = showLabels ? 0 : tickLabelWidth(ticks, formatTick, theme) + 12;

  const band = scaleBand<number>()
    .domain(data.categories.map((_, i) => i))
    .range([box.x + left, box.x + box.width])
    .paddingInner(0.28)
    .paddingOuter(0.12);
  const labels = layoutCategoryLabels(data.categories, band.step(), theme);
  // Rotated labels hang left of the first column: make room rather than clip them.
  if (labels.overhang > left) band.range([box.x + labels.overhang, box.x + box.width]);
  const top = box.y + labelSize + 10 + (spec['y-title'] ? theme.fontSize : 0);
  const bottom = box.y + box.height - labels.height - (spec['x-title'] ? theme.fontSize + 4 : 0);
  // Labels of negative columns hang below them: keep them clear of the category labels.
  const below = showLabels && (min(values) ?? 0) < 0 ? labelSize + 8 : 0;
  scale.range([bottom - below, top]);
  const plotLeft = band.range()[0];
  const plot = { x: plotLeft, y: top, width: box.x + box.width - plotLeft, height: bottom - below - top };

  const barWidth = Math.min(MAX_BAR, band.bandwidth());
  const sub = barWidth / groups;
  const zero = scale(0);
  const bars: string[] = [];
  const barRects: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const valueLabels: LabelCandidate[] = [];
  const centers: number[] = [];
  data.categories.forEach((category, i) => {
    const x0 = (band(i) ?? 0) + (band.bandwidth() - barWidth) / 2;
    centers.push(x0 + barWidth / 2);
    data.series.forEach((series, s) => {
      const v = series.values[i];
      if (v === null || v === undefined) return;
      const y = scale(v);
      const x = x0 + s * sub + (groups > 1 ? 1 : 0);
      const w = sub - (groups > 1 ? 2 : 0);
      barRects.push({ x1: x, x2: x + w, y1: Math.min(y, zero), y2: Math.max(y, zero) });
      bars.push(el('rect', {
        class: 'bar',
        x,
        y: Math.min(y, zero),
        width: w,
        height: Math.abs(zero - y),
        fill: markColor(input, s, category.highlight),
        opacity: markOpacity(input, category.highlight),
      }));
      if (!showLabels) return;
      const text = formatValue(v);
      const fill = category.highlight ? theme.accent : theme.text;
      const base = v >= 0 ? y - 7 : y + labelSize + 4;
      // Side by side bars of a group may be narrower than their labels: a label may step up a line.
      const positions = [base, v >= 0 ? base - labelSize - 2 : base + labelSize + 2].map((ly) => ({ x: x + w / 2, y: ly }));
      valueLabels.push({ text, fontSize: labelSize, bold: true, anchor: 'middle', positions, priority: category.highlight ? 1 : 0, draw: (at) => el('text', { class: 'value-label', x: at.x, y: at.y, 'text-anchor': 'middle', 'font-size': labelSize, 'font-weight': 700, fill }, escapeXml(text)) });
    });
  });

  // Labels may rise above the plot into the room left for them, never over the bars of a neighbour.
  const placed = placeLabels(valueLabels, { x1: box.x, x2: box.x + box.width, y1: box.y, y2: box.y + box.height }, barRects);
  input.dropped.push(...placed.dropped);
  const axis = showLabels
    ? el('line', { x1: plot.x, x2: plot.x + plot.width, y1: zero, y2: zero, stroke: theme.axis, 'stroke-width': 1 })
    : drawValueAxis(scale, ticks, plot, 'vertical', formatTick, theme);
  return [
    axis,
    el('g', { class: 'bars' }, bars),
    el('g', { class: 'value-labels' }, placed.svg),
    labels.draw(centers, bottom),
    drawAxisTitle(spec['y-title'], { ...plot, y: plot.y - labelSize }, 'vertical', theme),
    drawAxisTitle(spec['x-title'], { ...plot, height: plot.height + labels.height }, 'horizontal', theme, theme.fontSize),
  ].join('');
}
