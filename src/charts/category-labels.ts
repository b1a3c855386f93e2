import { max } from 'd3-array';
import type { ChartTheme } from './chart-theme.js';
import { el, escapeXml, n, textLines } from './svg.js';
import { ellipsize, textWidth, wrapText } from './text-metrics.js';

export interface CategoryLabel {
  label: string;
  highlight: boolean;
}

/** Labels under a category axis, laid out once the band width is known. */
export interface CategoryLabelLayout {
  /** Room the labels take below the plot. */
  height: number;
  /** How far rotated labels reach left of the axis start (the first band begins at 0). */
  overhang: number;
  mode: 'horizontal' | 'rotated';
  draw(xs: number[], top: number): string;
}

const MAX_LINES = 3;
const ANGLE = 35;
const MAX_ROTATED = 150;

/**
 * Labels under columns: wrapped onto up to three lines when each fits its band;
 * otherwise rotated, so long or many labels never overlap.
 */
export function layoutCategoryLabels(labels: CategoryLabel[], step: number, theme: ChartTheme): CategoryLabelLayout {
  const size = theme.fontSize;
  const lineHeight = size * 1.2;
  const room = step - 6;
  const wrapped = labels.map((l) => wrapText(l.label, room, size, Infinity, l.highlight));
  const fits = wrapped.every((lines, i) => lines.length <= MAX_LINES && lines.every((line) => textWidth(line, size, labels[i]?.highlight) <= room));
  const attrs = (l: CategoryLabel) => ({
    class: 'category-label',
    'font-size': size,
    fill: l.highlight ? theme.accent : theme.text,
    'font-weight': l.highlight ? 700 : undefined,
  });

  if (fits) {
    const lines = Math.max(1, max(wrapped, (w) => w.length) ?? 0);
    return {
      height: lines * lineHeight + 10,
      overhang: 0,
      mode: 'horizontal',
      draw: (xs, top) =>
        el('g', { class: 'category-axis' }, labels.map((l, i) =>
          textLines(wrapped[i] ?? [], { ...attrs(l), x: xs[i] ?? 0, y: top + size + 4, 'text-anchor': 'middle' }, lineHeight),
        )),
    };
  }
  const texts = labels.map((l) => ellipsize(l.label, MAX_ROTATED, size, l.highlight));
  const longest = max(texts, (t) => textWidth(t, size)) ?? 0;
  const rad = (ANGLE * Math.PI) / 180;
  // Rotated labels sit step·sin(angle) apart; closer than a line height, show every k-th.
  const every = Math.max(1, Math.ceil((size * 1.1) / (step * Math.sin(rad))));
  // Label i ends at the centre of band i, a little under (i + 0.5) steps in, and reaches
  // w·cos(angle) left; 0.4 leaves slack for the band narrowing once room is made.
  const overhang = Math.max(0, max(texts, (t, i) => textWidth(t, size, labels[i]?.highlight) * Math.cos(rad) - (i + 0.4) * step + 4) ?? 0);
  return {
    height: longest * Math.sin(rad) + size * Math.cos(rad) + 12,
    overhang,
    mode: 'rotated',
    draw: (xs, top) =>
      el('g', { class: 'category-axis' }, labels.map((l, i) => {
        if (i % every !== 0 && !l.highlight) return '';
        const x = xs[i] ?? 0;
        const y = top + size * 0.9;
        return el('text', { ...attrs(l), x, y, 'text-anchor': 'end', transform: `rotate(-${ANGLE} ${n(x)} ${n(y)})` }, escapeXml(texts[i] ?? ''));
      })),
  };
}

/** Labels left of horizontal bars: wrapped to `width`, at most three lines, centred on each bar. */
export function drawSideLabels(labels: CategoryLabel[], ys: number[], x: number, width: number, maxLines: number, theme: ChartTheme): string {
  const size = theme.fontSize;
  const lineHeight = size * 1.2;
  return el('g', { class: 'category-axis' }, labels.map((l, i) => {
    const lines = wrapText(l.label, width, size, maxLines, l.highlight);
    const y = (ys[i] ?? 0) - ((lines.length - 1) * lineHeight) / 2;
    return textLines(lines, {
      class: 'category-label',
      x,
      y,
      dy: '0.32em',
      'text-anchor': 'end',
      'font-size': size,
      fill: l.highlight ? theme.accent : theme.text,
      'font-weight': l.highlight ? 700 : undefined,
    }, lineHeight);
  }));
}
