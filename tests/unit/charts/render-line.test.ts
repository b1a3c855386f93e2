import { describe, expect, it } from 'vitest';
import { csv, render, theme } from './chart-fixtures.js';
import { elements, num } from './svg-query.js';

const h100 = () => csv('h100', 'year,usd_per_hour\n2021,12\n2022,10\n2023,8\n2024,2\n');
const share = () => csv('share', 'year,region,share\n2019,US,0.5\n2019,China,0.3\n2021,US,0.55\n2021,China,0.3\n2024,US,0.62\n2024,China,0.27\n');

/** Points of an SVG path "Mx,yLx,y…". */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('line chart', () => {
  it('draws one line through every row, with a marker and value label per point', () => {
    const { svg, diagnostics } = render({ type: 'line', data: 'h100', x: 'year', y: 'usd_per_hour', format: 'usd', highlight: 2024 }, h100());
    expect(diagnostics).toEqual([]);
    const lines = elements(svg, 'path', 'series-line');
    expect(lines).toHaveLength(1);
    const points = pathPoints(lines[0]!.attrs.d!);
    expect(points).toHaveLength(4);
    // y distances are proportional to value differences: (12-10) : (10-8) : (8-2).
    const dy = points.slice(1).map((p, i) => p[1] - points[i]![1]);
    expect(dy[0]! / dy[2]!).toBeCloseTo(2 / 6, 5);
    expect(elements(svg, 'circle', 'point')).toHaveLength(4);
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['$12', '$10', '$8', '$2']);
  });

  it('marks the highlighted point in the accent colour', () => {
    const { svg } = render({ type: 'line', data: 'h100', x: 'year', y: 'usd_per_hour', format: 'usd', highlight: 2024 }, h100());
    const hot = elements(svg, 'circle', 'highlight');
    expect(hot).toHaveLength(1);
    expect(hot[0]?.attrs.fill).toBe(theme.accent);
    expect(elements(svg, 'text', 'value-label')[3]?.attrs.fill).toBe(theme.accent);
  });

  it('spaces numeric x values by value and writes years without grouping', () => {
    const { svg } = render({ type: 'line', data: 'share', x: 'year', y: 'share', series: 'region', format: 'percent' }, share());
    const lines = elements(svg, 'path', 'series-line');
    expect(lines).toHaveLength(2);
    const xs = pathPoints(lines[0]!.attrs.d!).map((p) => p[0]);
    expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).toBeCloseTo(3 / 2, 5);
    expect(elements(svg, 'text', 'category-label').map((t) => t.text)).toEqual(['2019', '2021', '2024']);
    expect(lines.map((l) => l.attrs.stroke)).toEqual([theme.palette[0], theme.palette[1]]);
    // Several series: end labels only, and a legend.
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['62%', '27%']);
    expect(elements(svg, 'g', 'legend')[0]?.text).toBe('US China');
  });

  it('draws light gridlines with formatted ticks', () => {
    const { svg } = render({ type: 'line', data: 'h100', x: 'year', y: 'usd_per_hour', format: 'usd' }, h100());
    const ticks = elements(svg, 'text', 'tick').map((t) => t.text);
    expect(ticks[0]).toBe('$0');
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });

  it('thins x labels so they never overlap', () => {
    const rows = Array.from({ length: 36 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i}`).join('\n');
    const { svg } = render({ type: 'line', data: 'monthly', x: 'month', y: 'users' }, csv('monthly', `month,users\n${rows}\n`));
    const labels = elements(svg, 'text', 'category-label');
    expect(labels.length).toBeLessThan(36);
    expect(labels[0]?.text).toBe('Jan 2021');
    const xs = labels.map((l) => num(l, 'x'));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(60);
  });
});

describe('area chart', () => {
  it('fills under a single series', () => {
    const { svg } = render({ type: 'area', data: 'h100', x: 'year', y: 'usd_per_hour' }, h100());
    const areas = elements(svg, 'path', 'area');
    expect(areas).toHaveLength(1);
    expect(areas[0]?.attrs['fill-opacity']).toBe('0.16');
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['12', '10', '8', '2']);
  });

  it('stacks several series, each layer starting where the previous ends', () => {
    const { svg } = render({ type: 'area', data: 'share', x: 'year', y: 'share', series: 'region' }, share());
    const [us, china] = elements(svg, 'path', 'area').map((a) => pathPoints(a.attrs.d!));
    expect(us && china).toBeTruthy();
    // The top edge of the lower layer is the bottom edge of the upper one.
    const usTop = us!.slice(0, 3).map((p) => p[1]);
    const chinaBottom = china!.slice(3).map((p) => p[1]).reverse();
    usTop.forEach((y, i) => expect(chinaBottom[i]).toBeCloseTo(y, 5));
  });
});
