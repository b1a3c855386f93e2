import { max, min } from 'd3-array';
import { maxAbs, seriesColor, type PlotInput } from './plot-input.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import { columnWords } from './describe-chart.js';
import { drawValueAxis, tickLabelWidth, valueScale } from './value-axis.js';
import { tickFormatter } from './value-format.js';

const LABEL_ALL_POINTS = 15;

/**
 * Points on two value axes, both titled (a scatter cannot be read without them).
 * Points are named by their row key when few; highlighted points always are, in
 * the accent colour. A label that would collide with one already placed is dropped.
 */
export function renderScatter(input: PlotInput): string {
  const { data, theme, box, spec, lang } = input;
  const xsRaw = data.categories.map((c) => (typeof c.value === 'number' ? c.value : 0));
  const ysAll = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const size = theme.fontSize;
  const formatY = tickFormatter(spec.format, lang, maxAbs(data));
  const formatX = tickFormatter(undefined, lang, max(xsRaw, Math.abs) ?? 0);
  const x = valueScale(min(xsRaw) ?? 0, max(xsRaw) ?? 0, 6, false);
  const y = valueScale(min(ysAll) ?? 0, max(ysAll) ?? 0, 5, false);
  const xTitle = spec['x-title'] ?? columnWords(data.xColumn);
  const yTitle = spec['y-title'] ?? columnWords(data.series.length === 1 ? (data.series[0]?.name ?? '') : String(spec.y));
  const left = tickLabelWidth(y.ticks, formatY, theme) + 12;
  // The last x tick is centred on the plot's right edge: leave room for half of it.
  const right = textWidth(formatX(x.ticks[x.ticks.length - 1] ?? 0), size * 0.9) / 2 + 4;
  const plot = { x: box.x + left, y: box.y + size + 10, width: box.width - left - right, height: box.height - size - 10 - (size * 2 + 18) };
  x.scale.range([plot.x, plot.x + plot.width]);
  y.scale.range([plot.y + plot.height, plot.y]);

  const points: string[] = [];
  const labels: string[] = [];
  const taken: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const labelAll = data.categories.length <= LABEL_ALL_POINTS;
  // Highlighted points are drawn (and labelled) last, on top.
  const order = [...data.categories.keys()].sort((a, b) => Number(data.categories[a]?.highlight) - Number(data.categories[b]?.highlight) || a - b);
  const labelSize = size * 0.85;
  for (const i of order) {
    const category = data.categories[i]!;
    data.series.forEach((series, s) => {
      const v = series.values[i];
      if (v === null || v === undefined) return;
      const cx = x.scale(xsRaw[i] ?? 0);
      const cy = y.scale(v);
      const hot = category.highlight;
      points.push(el('circle', { class: hot ? 'point highlight' : 'point', cx, cy, r: hot ? 7 : 6, fill: hot ? theme.accent : seriesColor(theme, s), 'fill-opacity': hot ? 1 : 0.8, stroke: '#fff', 'stroke-width': 1.5 }));
      const name = category.name ?? '';
      if (!name || (!labelAll && !hot)) return;
      const w = textWidth(name, labelSize, hot);
      const flip = cx + 10 + w > plot.x + plot.width;
      const box = { x1: flip ? cx - 10 - w : cx + 10, x2: flip ? cx - 10 : cx + 10 + w, y1: cy - labelSize / 2 - 2, y2: cy + labelSize / 2 + 2 };
      if (!hot && taken.some((t) => box.x1 < t.x2 && box.x2 > t.x1 && box.y1 < t.y2 && box.y2 > t.y1)) {
        // Thinned: the author is told which point lost its name (ChartLabelsDropped).
        input.dropped.push(name);
        return;
      }
      taken.push(box);
      labels.push(el('text', { class: 'point-label', x: flip ? cx - 10 : cx + 10, y: cy, dy: '0.32em', 'text-anchor': flip ? 'end' : 'start', 'font-size': labelSize, 'font-weight': hot ? 700 : undefined, fill: hot ? theme.accent : theme.text }, escapeXml(name)));
    });
  }
  const axisSize = size * 0.85;
  return [
    drawValueAxis(y.scale, y.ticks, plot, 'vertical', formatY, theme),
    drawValueAxis(x.scale, x.ticks, plot, 'horizontal', formatX, theme),
    el('g', { class: 'points' }, points),
    el('g', { class: 'point-labels' }, labels),
    el('text', { class: 'axis-title', x: plot.x, y: plot.y - 10, 'font-size': axisSize, fill: theme.muted }, escapeXml(yTitle)),
    el('text', { class: 'axis-title', x: plot.x + plot.width, y: plot.y + plot.height + size * 2 + 14, 'text-anchor': 'end', 'font-size': axisSize, fill: theme.muted }, escapeXml(xTitle)),
  ].join('');
}
