import { arc, pie } from 'd3-shape';
import { mixColors } from './contrast-text.js';
import { maxAbs, seriesColor, type PlotInput } from './plot-input.js';
import { el, escapeXml, n, textLines } from './svg.js';
import { textWidth, wrapText } from './text-metrics.js';
import { valueFormatter } from './value-format.js';
import { formatValue as formatCell } from '../data/formats.js';

/**
 * A ring of slices in file order, starting at twelve o'clock, with a legend that
 * names each slice with its value and share. The centre states the highlighted
 * slice (in the accent colour), each of several highlighted slices, else the total.
 */
export function renderDonut(input: PlotInput): string {
  const { data, theme, box, spec, lang } = input;
  const values = (data.series[0]?.values ?? []).map((v) => v ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  const formatValue = valueFormatter(spec.format, lang, maxAbs(data));
  const share = (v: number) => formatCell(total === 0 ? 0 : v / total, 'percent', lang);
  const radius = Math.min(box.height / 2 - 4, box.width * 0.27);
  // Ring and legend are one group, centred in a box wider than they need (the full-width chart layout).
  const legendRoom = box.width - 2 * radius - 40;
  const legendWidth = Math.min(legendRoom, Math.max(...data.categories.map((c) => textWidth(c.label, theme.fontSize, true))) + 22);
  const cx = box.x + Math.max(0, (legendRoom - legendWidth) / 2) + radius + 4;
  const cy = box.y + box.height / 2;
  const colors = sliceColors(input);

  const slices = pie<number>().sort(null).padAngle(values.length > 1 ? 0.012 : 0)(values);
  const shape = arc<(typeof slices)[number]>().innerRadius(radius * 0.6).outerRadius(radius);
  const paths = slices.map((s, i) =>
    el('path', { class: data.categories[i]?.highlight ? 'slice highlight' : 'slice', d: shape(s) ?? '', transform: `translate(${n(cx)} ${n(cy)})`, fill: colors[i] ?? theme.text }),
  );

  const hot = data.categories.flatMap((c, i) => (c.highlight ? [i] : []));
  const centreParts = hot.length > 1 ? centreList(input, hot, values, formatValue, { cx, cy, radius }) : centreOne(input, hot[0], values, total, formatValue, { cx, cy, radius });

  // Legend: swatch, wrapped name, then value and share on the line below.
  const lx = cx + radius + 32;
  const lw = box.x + box.width - lx;
  const size = theme.fontSize;
  const entries = data.categories.map((c, i) => ({ lines: wrapText(c.label, lw - 22, size, 2, c.highlight), i }));
  const entryHeight = (lines: number) => lines * size * 1.2 + size * 1.25 + 14;
  const totalHeight = entries.reduce((sum, e) => sum + entryHeight(e.lines.length), 0);
  let y = cy - totalHeight / 2;
  const legend = entries.map(({ lines, i }) => {
    const category = data.categories[i]!;
    const top = y;
    y += entryHeight(lines.length);
    const fill = category.highlight ? theme.accent : theme.text;
    return (
      el('rect', { x: lx, y: top + 3, width: 12, height: 12, rx: 2, fill: colors[i] ?? theme.text }) +
      textLines(lines, { class: 'category-label', x: lx + 22, y: top + size * 0.95, 'font-size': size, fill, 'font-weight': category.highlight ? 700 : undefined }, size * 1.2) +
      el('text', { class: 'value-label', x: lx + 22, y: top + lines.length * size * 1.2 + size * 1.05, 'font-size': size, 'font-weight': 700, fill }, escapeXml(spec.format === 'percent' ? formatValue(values[i] ?? 0) : `${formatValue(values[i] ?? 0)} · ${share(values[i] ?? 0)}`))
    );
  });
  return [el('g', { class: 'slices' }, paths), ...centreParts, el('g', { class: 'legend' }, legend)].join('');
}

type Ring = { cx: number; cy: number; radius: number };
type Format = (v: number) => string;

/** One highlighted slice (its value and name), or the total. */
function centreOne(input: PlotInput, hot: number | undefined, values: number[], total: number, formatValue: Format, { cx, cy, radius }: Ring): string {
  const { data, theme } = input;
  const centreSize = Math.min(radius * 0.42, 40);
  const centreLabel = hot !== undefined ? (data.categories[hot]?.label ?? '') : '';
  const centreLines = centreLabel ? wrapText(centreLabel, radius * 1.05, theme.fontSize * 0.8, 2) : [];
  const value = hot !== undefined ? formatValue(values[hot] ?? 0) : formatValue(total);
  return [
    el('text', { class: 'donut-centre', x: cx, y: cy + (centreLines.length > 0 ? -4 : centreSize * 0.35), 'text-anchor': 'middle', 'font-size': centreSize, 'font-weight': 800, fill: hot !== undefined ? theme.accent : theme.text }, escapeXml(value)),
    centreLines.length > 0 ? textLines(centreLines, { x: cx, y: cy + theme.fontSize * 0.8 + 6, 'text-anchor': 'middle', 'font-size': theme.fontSize * 0.8, fill: theme.muted }, theme.fontSize * 0.95) : '',
  ].join('');
}

/** Several highlighted slices: each one's value over its name, stacked, in its own slice colour. */
function centreList(input: PlotInput, hot: number[], values: number[], formatValue: Format, { cx, cy, radius }: Ring): string {
  const { data, theme } = input;
  const colors = sliceColors(input);
  const shown = hot.slice(0, 3);
  const labelSize = theme.fontSize * 0.7;
  // Each entry: a value line and a name line, inside the hole (its inner radius is 0.6 × radius).
  const valueSize = Math.min(radius * 0.3, 30, (radius * 1.1) / shown.length - labelSize * 1.3);
  const entry = valueSize + labelSize * 1.3;
  const top = cy - (entry * shown.length) / 2;
  return shown
    .map((i, k) => {
      const y = top + k * entry + valueSize * 0.85;
      const name = wrapText(data.categories[i]?.label ?? '', radius * 1.05, labelSize, 1)[0] ?? '';
      return (
        el('text', { class: 'donut-centre', x: cx, y, 'text-anchor': 'middle', 'font-size': valueSize, 'font-weight': 800, fill: colors[i] ?? theme.accent }, escapeXml(formatValue(values[i] ?? 0))) +
        el('text', { x: cx, y: y + labelSize * 1.15, 'text-anchor': 'middle', 'font-size': labelSize, fill: theme.muted }, escapeXml(name))
      );
    })
    .join('');
}

/**
 * With a highlight: the accent for it and receding greys for the rest; else the palette.
 * Several highlighted slices alternate the accent and a darker accent, so neighbours stay apart.
 */
export function sliceColors(input: Pick<PlotInput, 'data' | 'theme'>): string[] {
  const { data, theme } = input;
  if (!data.hasHighlight) return data.categories.map((_, i) => seriesColor(theme, i));
  const greys = [theme.subdued, theme.palette[2] ?? theme.grid, theme.palette[7] ?? theme.grid, theme.grid];
  const accents = [theme.accent, mixColors(theme.accent, theme.text, 0.45)];
  let [grey, accent] = [0, 0];
  return data.categories.map((c) => (c.highlight ? accents[accent++ % 2]! : greys[grey++ % greys.length] ?? theme.grid));
}
