import { max, min } from 'd3-array';
import { area, line } from 'd3-shape';
import { maxAbs, seriesColor, type PlotInput } from './plot-input.js';
import { placeLabels, type LabelCandidate } from './label-placement.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';
import { drawAxisTitle, drawValueAxis, tickLabelWidth, valueScale } from './value-axis.js';
import { tickFormatter, valueFormatter } from './value-format.js';
import { xPositions } from './x-positions.js';

const LABEL_ALL_POINTS = 12;

/**
 * Lines (one per series) over light gridlines; `area` fills under a single series and
 * stacks several. Few points get a marker and a value label each; many points get
 * labels only at the end of each line and at highlighted x values.
 */
export function renderLine(input: PlotInput): string {
  const { data, theme, box, spec, lang } = input;
  const isArea = spec.type === 'area';
  const stacked = isArea && data.series.length > 1;
  const n = data.categories.length;
  // Drawn values: stacked areas draw cumulative tops.
  const tops = data.series.map((s, si) =>
    s.values.map((v, i) => (stacked ? data.series.slice(0, si + 1).reduce((sum, t) => sum + (t.values[i] ?? 0), 0) : v)),
  );
  const drawn = tops.flat().filter((v): v is number => v !== null);
  const big = Math.max(maxAbs(data), ...drawn.map(Math.abs));
  const formatValue = valueFormatter(spec.format, lang, big);
  const formatTick = tickFormatter(spec.format, lang, big);
  const lo = min(drawn) ?? 0;
  const hi = max(drawn) ?? 0;
  // Lines may float above zero when zero would flatten them; areas always start at zero.
  const includeZero = isArea || lo <= 0 || lo < hi * 0.5;
  const { scale, ticks } = valueScale(lo, hi, 5, includeZero);

  const size = theme.fontSize;
  const labelSize = theme.valueFontSize * 0.95;
  const labelAll = data.series.length === 1 && n <= LABEL_ALL_POINTS && !stacked;
  const labelled = (si: number, i: number): boolean =>
    !stacked ? labelAll || data.categories[i]?.highlight === true || i === lastIndex(data.series[si]?.values ?? []) : data.categories[i]?.highlight === true && si === data.series.length - 1;
  const widest = max(drawn, (v) => textWidth(formatValue(v), labelSize, true)) ?? 0;
  const left = tickLabelWidth(ticks, formatTick, theme) + 12;
  // Point labels and x labels are centred on the first and last points: keep them inside.
  const ends = [data.categories[0], data.categories[n - 1]].map((c) => textWidth(c?.label ?? '', size, c?.highlight));
  const inset = Math.max(widest / 2, ...ends.map((w) => w / 2), 8) + 4;
  const top = box.y + labelSize + 12 + (spec['y-title'] ? size : 0);
  const bottom = box.y + box.height - size - 12 - (spec['x-title'] ? size + 4 : 0);
  scale.range([bottom, top]);
  const plot = { x: box.x + left, y: top, width: box.width - left, height: bottom - top };
  const { xs, labelled: ticksAt } = xPositions(data, plot.x + inset, plot.x + plot.width - inset, size);

  const marks: string[] = [];
  const candidates: LabelCandidate[] = [];
  tops.forEach((values, si) => {
    const color = seriesColor(theme, si);
    const points = values.map((v, i) => [xs[i] ?? 0, v] as const);
    const path = line<(typeof points)[number]>().defined((p) => p[1] !== null).x((p) => p[0]).y((p) => scale(p[1] ?? 0));
    if (isArea) {
      const base = stacked && si > 0 ? tops[si - 1] ?? [] : [];
      const fill = area<(typeof points)[number]>()
        .defined((p) => p[1] !== null)
        .x((p) => p[0])
        .y0((_, i) => scale(stacked && si > 0 ? (base[i] ?? 0) : 0))
        .y1((p) => scale(p[1] ?? 0));
      marks.push(el('path', { class: 'area', d: fill(points) ?? '', fill: color, 'fill-opacity': stacked ? 0.85 : 0.16 }));
    }
    marks.push(el('path', { class: 'series-line', d: path(points) ?? '', fill: 'none', stroke: color, 'stroke-width': stacked ? 1.5 : 3, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
    values.forEach((v, i) => {
      if (v === null) return;
      const category = data.categories[i];
      const x = xs[i] ?? 0;
      const y = scale(v);
      const hot = category?.highlight === true;
      if (hot || (labelAll && !isArea)) {
        marks.push(el('circle', { class: hot ? 'point highlight' : 'point', cx: x, cy: y, r: hot ? 6 : 4.5, fill: hot ? theme.accent : '#fff', stroke: hot ? theme.accent : color, 'stroke-width': 2.5 }));
      }
      if (!labelled(si, i)) return;
      const text = formatValue(v);
      const end = i === lastIndex(data.series[si]?.values ?? []);
      // Above the point, then a step higher or below it: two lines ending close together keep both labels.
      const positions = [y - 12, y - 12 - labelSize, y + labelSize + 10, y - 12 - 2 * labelSize].map((ly) => ({ x, y: ly }));
      const fill = hot ? theme.accent : data.series.length > 1 ? color : theme.text;
      candidates.push({ text, fontSize: labelSize, bold: true, anchor: 'middle', positions, priority: (hot ? 2 : 0) + (end ? 1 : 0), draw: (at) => el('text', { class: 'value-label', x: at.x, y: at.y, 'text-anchor': 'middle', 'font-size': labelSize, 'font-weight': 700, fill }, escapeXml(text)) });
    });
  });
  const placed = placeLabels(candidates, { x1: box.x, x2: box.x + box.width, y1: box.y, y2: bottom });
  input.dropped.push(...placed.dropped);

  const xLabels = ticksAt.map((i) => {
    const category = data.categories[i];
    const hot = category?.highlight === true;
    return el('text', { class: 'category-label', x: xs[i] ?? 0, y: bottom + size + 8, 'text-anchor': 'middle', 'font-size': size, fill: hot ? theme.accent : theme.text, 'font-weight': hot ? 700 : undefined }, escapeXml(category?.label ?? ''));
  });
  return [
    drawValueAxis(scale, ticks, plot, 'vertical', formatTick, theme),
    el('g', { class: 'marks' }, marks),
    el('g', { class: 'value-labels' }, placed.svg),
    el('g', { class: 'category-axis' }, xLabels),
    drawAxisTitle(spec['y-title'], { ...plot, y: plot.y - labelSize - 4 }, 'vertical', theme),
    drawAxisTitle(spec['x-title'], { ...plot, height: plot.height + size + 12 }, 'horizontal', theme, size + 2),
  ].join('');
}

function lastIndex(values: (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
  return -1;
}
