/**
 * Value and point labels that never overlap: each label, most important first,
 * takes the first of its candidate positions that is free and inside the plot;
 * a label with no free position is left out and named, so the author is told
 * (ChartLabelsDropped) instead of the chart losing it silently.
 */
import { textWidth } from './text-metrics.js';

export interface LabelCandidate {
  text: string;
  fontSize: number;
  bold?: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** Baselines to try, in order of preference (e.g. above the point, then further up or below). */
  positions: { x: number; y: number }[];
  /** Higher is placed first: highlighted labels, then line ends, then the rest. */
  priority: number;
  draw: (at: { x: number; y: number }) => string;
}

interface Rect {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const PAD = 2;

function rectOf(label: LabelCandidate, at: { x: number; y: number }): Rect {
  const width = textWidth(label.text, label.fontSize, label.bold);
  const x1 = label.anchor === 'start' ? at.x : label.anchor === 'end' ? at.x - width : at.x - width / 2;
  return { x1: x1 - PAD, x2: x1 + width + PAD, y1: at.y - label.fontSize * 0.8 - PAD, y2: at.y + label.fontSize * 0.22 + PAD };
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;

/** Places the labels; `taken` are areas already drawn on (other labels, legends). Returns the markup and the texts left out. */
export function placeLabels(labels: LabelCandidate[], bounds: Rect, taken: Rect[] = []): { svg: string[]; dropped: string[] } {
  const placed = [...taken];
  const svg: string[] = [];
  const dropped: string[] = [];
  const order = labels.map((label, i) => ({ label, i })).sort((a, b) => b.label.priority - a.label.priority || a.i - b.i);
  const drawnAt = new Map<number, string>();
  for (const { label, i } of order) {
    const at = label.positions.find((p) => {
      const r = rectOf(label, p);
      return r.x1 >= bounds.x1 - PAD && r.x2 <= bounds.x2 + PAD && r.y1 >= bounds.y1 - PAD && r.y2 <= bounds.y2 + PAD && !placed.some((t) => overlaps(r, t));
    });
    if (!at) {
      dropped.push(label.text);
      continue;
    }
    placed.push(rectOf(label, at));
    drawnAt.set(i, label.draw(at));
  }
  // Document order, so the SVG reads in the data's order.
  for (const [, markup] of [...drawnAt].sort((a, b) => a[0] - b[0])) svg.push(markup);
  return { svg, dropped };
}
