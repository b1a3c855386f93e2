import { max, min } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { layoutCategoryLabels } from './category-labels.js';
import { contrastText, mixColors } from './contrast-text.js';
import { markOpacity, seriesColor, type PlotInput } from './plot-input.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import { drawAxisTitle, drawValueAxis, tickLabelWidth, valueScale } from './value-axis.js';
import { tickFormatter, valueFormatter } from './value-format.js';

const MAX_BAR = 120;

/**
 * Columns made of one segment per series. Segments carry their value inside when
 * there is room; stacks carry their total on top unless every total is the same
 * (a 100% stack), where totals would only repeat themselves.
 */
export function renderStackedColumn(input: PlotInput): string {
  const { data, theme, box, spec, lang } = input;
  const n = data.categories.length;
  // Positive values stack up from zero, negative ones down.
  const stacks = data.categories.map((_, i) => {
    let up = 0;
    let down = 0;
    return data.series.map((s) => {
      const v = s.values[i] ?? 0;
      const from = v >= 0 ? up : down;
      if (v >= 0) up += v;
      else down += v;
      return { v, from, to: from + v };
    });
  });
  const totals = stacks.map((segments) => segments.reduce((sum, seg) => sum + seg.v, 0));
  const tops = stacks.map((segments) => Math.max(0, ...segments.map((seg) => seg.to)));
  const bottoms = stacks.map((segments) => Math.min(0, ...segments.map((seg) => seg.to)));
  const big = Math.max(max(tops) ?? 0, max(bottoms, Math.abs) ?? 0);
  const formatValue = valueFormatter(spec.format, lang, big);
  const formatTick = tickFormatter(spec.format, lang, big);
  const { scale, ticks } = valueScale(min(bottoms) ?? 0, max(tops) ?? 0, 5);

  const sameTotals = totals.every((t) => Math.abs(t - (totals[0] ?? 0)) < 1e-9);
  const approxWidth = Math.min(MAX_BAR, (box.width / n) * 0.68);
  const size = theme.valueFontSize;
  const showTotals = !sameTotals && totals.every((t) => textWidth(formatValue(t), size, true) <= approxWidth + 12);
  const showAxis = !showTotals && !sameTotals;
  const left = showAxis ? tickLabelWidth(ticks, formatTick, theme) + 12 : 0;

  const band = scaleBand<number>().domain(data.categories.map((_, i) => i)).range([box.x + left, box.x + box.width]).paddingInner(0.32).paddingOuter(0.12);
  const labels = layoutCategoryLabels(data.categories, band.step(), theme);
  if (labels.overhang > left) band.range([box.x + labels.overhang, box.x + box.width]);
  const top = box.y + (showTotals ? size + 10 : 8) + (spec['y-title'] ? theme.fontSize : 0);
  const bottom = box.y + box.height - labels.height - (spec['x-title'] ? theme.fontSize + 4 : 0);
  scale.range([bottom, top]);
  const plotLeft = band.range()[0];
  const plot = { x: plotLeft, y: top, width: box.x + box.width - plotLeft, height: bottom - top };
  const width = Math.min(MAX_BAR, band.bandwidth());
  const inner = size * 0.9;

  const parts: string[] = [];
  const texts: string[] = [];
  const centers: number[] = [];
  stacks.forEach((segments, i) => {
    const category = data.categories[i]!;
    const x = (band(i) ?? 0) + (band.bandwidth() - width) / 2;
    centers.push(x + width / 2);
    segments.forEach((seg, s) => {
      if (seg.v === 0) return;
      const y1 = scale(Math.max(seg.from, seg.to));
      const y2 = scale(Math.min(seg.from, seg.to));
      const opacity = markOpacity(input, category.highlight);
      parts.push(el('rect', { class: 'bar segment', x, y: y1, width, height: y2 - y1, fill: seriesColor(theme, s), opacity, stroke: '#fff', 'stroke-width': 1 }));
      const label = formatValue(seg.v);
      if (y2 - y1 >= inner + 6 && textWidth(label, inner, true) <= width - 6) {
        texts.push(el('text', { class: 'value-label', x: x + width / 2, y: (y1 + y2) / 2, dy: '0.34em', 'text-anchor': 'middle', 'font-size': inner, 'font-weight': 700, fill: contrastText(opacity === undefined ? seriesColor(theme, s) : mixColors(seriesColor(theme, s), '#ffffff', 1 - opacity)) }, escapeXml(label)));
      }
    });
    if (showTotals) {
      texts.push(el('text', { class: 'value-label total', x: x + width / 2, y: scale(tops[i] ?? 0) - 7, 'text-anchor': 'middle', 'font-size': size, 'font-weight': 700, fill: category.highlight ? theme.accent : theme.text }, escapeXml(formatValue(totals[i] ?? 0))));
    }
  });
  const axis = showAxis
    ? drawValueAxis(scale, ticks, plot, 'vertical', formatTick, theme)
    : el('line', { x1: plot.x, x2: plot.x + plot.width, y1: scale(0), y2: scale(0), stroke: theme.axis, 'stroke-width': 1 });
  return [
    axis,
    el('g', { class: 'bars' }, parts),
    el('g', { class: 'value-labels' }, texts),
    labels.draw(centers, bottom),
    drawAxisTitle(spec['y-title'], { ...plot, y: plot.y - (showTotals ? size : 0) }, 'vertical', theme),
    drawAxisTitle(spec['x-title'], { ...plot, height: plot.height + labels.height }, 'horizontal', theme, theme.fontSize),
  ].join('');
}
