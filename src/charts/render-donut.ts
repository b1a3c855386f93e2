import { arc, pie } from 'd3-shape';
import { maxAbs, seriesColor, type PlotInput } from './plot-input.js';
import { el, escapeXml, n, textLines } from './svg.js';
import { wrapText } from './text-metrics.js';
import { valueFormatter } from './value-format.js';
import { formatValue as formatCell } from '../data/formats.js';

/**
 * A ring of slices in file order, starting at twelve o'clock, with a legend that
 * names each slice with its value and share. The centre states the highlighted
 * slice (in the accent colour), else the total.
 */
export function renderDonut(input: PlotInput): string {
  const { data, theme, box, spec, lang } = input;
  const values = (data.series[0]?.values ?? []).map((v) => v ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  const formatValue = valueFormatter(spec.format, lang, maxAbs(data));
  const share = (v: number) => formatCell(total === 0 ? 0 : v / total, 'percent', lang);
  const radius = Math.min(box.height / 2 - 4, box.width * 0.27);
  const cx = box.x + radius + 4;
  const cy = box.y + box.height / 2;
  const colors = sliceColors(input);

  const slices = pie<number>().sort(null).padAngle(values.length > 1 ? 0.012 : 0)(values);
  const shape = arc<(typeof slices)[number]>().innerRadius(radius * 0.6).outerRadius(radius);
  const paths = slices.map((s, i) =>
    el('path', { class: data.categories[i]?.highlight ? 'slice highlight' : 'slice', d: shape(s) ?? '', transform: `translate(${n(cx)} ${n(cy)})`, fill: colors[i] ?? theme.text }),
  );

  const hot = data.categories.findIndex((c) => c.highlight);
  const centre = hot >= 0 ? formatValue(values[hot] ?? 0) : formatValue(total);
  const centreSize = Math.min(radius * 0.42, 40);
  const centreLabel = hot >= 0 ? (data.categories[hot]?.label ?? '') : '';
  const centreLines = centreLabel ? wrapText(centreLabel, radius * 1.05, theme.fontSize * 0.8, 2) : [];
  const centreParts = [
    el('text', { class: 'donut-centre', x: cx, y: cy + (centreLines.length > 0 ? -4 : centreSize * 0.35), 'text-anchor': 'middle', 'font-size': centreSize, 'font-weight': 800, fill: hot >= 0 ? theme.accent : theme.text }, escapeXml(centre)),
    centreLines.length > 0 ? textLines(centreLines, { x: cx, y: cy + theme.fontSize * 0.8 + 6, 'text-anchor': 'middle', 'font-size': theme.fontSize * 0.8, fill: theme.muted }, theme.fontSize * 0.95) : '',
  ];

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

/** With a highlight: the accent for it and receding greys for the rest; else the palette. */
function sliceColors(input: PlotInput): string[] {
  const { data, theme } = input;
  if (!data.hasHighlight) return data.categories.map((_, i) => seriesColor(theme, i));
  const greys = [theme.subdued, theme.palette[2] ?? theme.grid, theme.palette[6] ?? theme.grid, theme.grid];
  let next = 0;
  return data.categories.map((c) => (c.highlight ? theme.accent : greys[next++ % greys.length] ?? theme.grid));
}
