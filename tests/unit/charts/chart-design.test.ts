/**
 * Issue 13's chart design rules, on the SVG the renderer writes: several highlighted
 * donut slices are each stated; labels never overlap, and one that cannot be placed
 * is reported (ChartLabelsDropped), never dropped silently; eight distinct series
 * colours, none of them the accent; stat values sized to fit one line.
 */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../src/charts/label-placement.js';
import { textWidth } from '../../../src/charts/text-metrics.js';
import { statValueSize } from '../../../src/render/stat-fit.js';
import { csv, render, theme } from './chart-fixtures.js';
import { elements } from './svg-query.js';

const label = (text: string, x: number, ys: number[], priority = 0): LabelCandidate => ({
  text,
  fontSize: 16,
  anchor: 'middle',
  positions: ys.map((y) => ({ x, y })),
  priority,
  draw: (at) => `<text x="${at.x}" y="${at.y}">${text}</text>`,
});
const bounds = { x1: 0, x2: 600, y1: 0, y2: 400 };

describe('label placement', () => {
  it('moves a label that would overlap another to its next free position', () => {
    const { svg, dropped } = placeLabels([label('$1.2B', 100, [200, 180]), label('$1.3B', 105, [202, 182, 160])], bounds);
    expect(dropped).toEqual([]);
    const ys = svg.map((s) => Number(/y="([\d.]+)"/.exec(s)![1]));
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(16);
  });

  it('leaves out and names the label with no free position, keeping the more important one', () => {
    const { svg, dropped } = placeLabels([label('$1.2B', 100, [200]), label('$1.3B', 105, [202], 2)], bounds);
    expect(dropped).toEqual(['$1.2B']);
    expect(svg).toEqual(['<text x="105" y="202">$1.3B</text>']);
  });
});

describe('line end labels', () => {
  const close = () => csv('close', 'year,a,b,c\n2022,10,30,50\n2023,20,40,45\n2024,50,50.5,51\n');

  it('never overlap: moved apart, or left out with a ChartLabelsDropped warning', () => {
    const { svg, diagnostics } = render({ type: 'line', data: 'close', x: 'year', y: ['a', 'b', 'c'] }, close());
    const labels = elements(svg, 'text', 'value-label').map((t) => ({ x: Number(t.attrs.x), y: Number(t.attrs.y), w: textWidth(t.text, theme.valueFontSize * 0.95, true) }));
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = Math.abs(a.y - b.y) >= theme.valueFontSize * 0.95 || Math.abs(a.x - b.x) >= (a.w + b.w) / 2;
        expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
      }
    }
    const dropped = diagnostics.filter((d) => d.code === 'ChartLabelsDropped');
    expect(labels.length + (dropped.length ? Number(/^(\d+)/.exec(dropped[0]!.message)![1]) : 0)).toBe(3);
    for (const d of dropped) expect([d.severity, d.line]).toEqual(['warning', 5]);
  });
});

describe('donut with several highlighted slices', () => {
  it('states each highlighted slice in the centre, in distinct colours', () => {
    const table = csv('use', 'segment,share\nVoice,0.4\nText,0.25\nOther,0.35\n');
    const { svg, diagnostics } = render({ type: 'donut', data: 'use', x: 'segment', y: 'share', format: 'percent', highlight: ['Voice', 'Text'] }, table);
    expect(diagnostics).toEqual([]);
    expect(elements(svg, 'text', 'donut-centre').map((t) => t.text)).toEqual(['40%', '25%']);
    const fills = elements(svg, 'path', 'slice').map((s) => s.attrs.fill);
    expect(fills[0]).toBe(theme.accent);
    expect(new Set(fills).size).toBe(3);
  });
});

describe('palette', () => {
  it('has eight distinct series colours, none of them the accent', () => {
    expect(new Set(theme.palette.map((c) => c.toLowerCase())).size).toBeGreaterThanOrEqual(8);
    expect(theme.palette.map((c) => c.toLowerCase())).not.toContain(theme.accent.toLowerCase());
  });
});

describe('stat values', () => {
  it('keep the theme size when they fit, and shrink to fit their column when they do not', () => {
    expect(statValueSize('$3.7B', 2)).toBeUndefined();
    const size = statValueSize('US$1,234,567,890', 2)!;
    expect(size).toBeLessThan(84);
    expect(textWidth('US$1,234,567,890', size) * 1.12 * 0.97).toBeLessThanOrEqual((1184 - 40) / 2);
  });
});
