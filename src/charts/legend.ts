import type { ChartTheme } from './chart-theme.js';
import type { Box } from './layout-box.js';
import { el, escapeXml } from './svg.js';
import { textWidth } from './text-metrics.js';

export interface LegendItem {
  label: string;
  color: string;
}

/** A one-row (wrapping) legend of colour swatches, laid out within `width`. */
export function layoutLegend(items: LegendItem[], width: number, theme: ChartTheme): { height: number; draw(box: Box): string } {
  const size = theme.fontSize * 0.9;
  const swatch = size * 0.75;
  const rowHeight = size * 1.5;
  const placed: { item: LegendItem; dx: number; row: number }[] = [];
  let dx = 0;
  let row = 0;
  for (const item of items) {
    const w = swatch + 6 + textWidth(item.label, size) + 18;
    if (dx > 0 && dx + w > width) {
      dx = 0;
      row++;
    }
    placed.push({ item, dx, row });
    dx += w;
  }
  const height = items.length === 0 ? 0 : (row + 1) * rowHeight + 4;
  return {
    height,
    draw: (box) =>
      el('g', { class: 'legend' }, placed.map(({ item, dx: x, row: r }) => {
        const cy = box.y + r * rowHeight + rowHeight / 2;
        return (
          el('rect', { x: box.x + x, y: cy - swatch / 2, width: swatch, height: swatch, rx: 2, fill: item.color }) +
          el('text', { x: box.x + x + swatch + 6, y: cy, dy: '0.32em', 'font-size': size, fill: theme.text }, escapeXml(item.label))
        );
      })),
  };
}
