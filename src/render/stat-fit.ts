/**
 * Stat values stay on one line: a value too wide for its column at the theme's
 * size is drawn smaller, sized here from Inter's advance widths (no browser).
 * The sizes mirror the report theme's `.stat-value` (84px; 132px for a single stat)
 * and its column gap; a theme with other sizes still gets values that fit.
 */
import { textWidth } from '../charts/text-metrics.js';
import { plainText } from './plain-text.js';

const CONTENT_WIDTH = 1184;
const GAP = 40;
/** Extra-bold (800) glyphs are wider than textWidth's bold; tightened by the theme's -0.03em tracking. */
const WEIGHT = 1.12 * 0.97;

/** The font size (px) a stat value needs to fit its column, or undefined when the theme's own size fits. */
export function statValueSize(valueHtml: string, statCount: number): number | undefined {
  const base = statCount === 1 ? 132 : 84;
  const column = (CONTENT_WIDTH - GAP * (statCount - 1)) / statCount;
  const width = textWidth(plainText(valueHtml), base) * WEIGHT;
  return width <= column ? undefined : Math.floor((base * column) / width);
}
