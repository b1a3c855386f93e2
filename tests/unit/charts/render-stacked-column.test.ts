import { describe, expect, it } from 'vitest';
import { csv, render, theme } from './chart-fixtures.js';
import { elements, num } from './svg-query.js';

const ownership = () => csv('ownership', 'segment,institutional,non_institutional\nInternet stocks,0.26,0.74\nNon-internet stocks,0.40,0.60\n');

describe('stacked-column chart', () => {
  it('stacks one segment per series, each proportional to its value', () => {
    const { svg, diagnostics } = render({ type: 'stacked-column', data: 'ownership', x: 'segment', y: ['institutional', 'non_institutional'], format: 'percent' }, ownership());
    expect(diagnostics).toEqual([]);
    const segments = elements(svg, 'rect', 'segment');
    expect(segments).toHaveLength(4);
    const [a0, a1, b0, b1] = segments.map((s) => num(s, 'height'));
    expect(a0! / a1!).toBeCloseTo(0.26 / 0.74, 2);
    expect(b0! / b1!).toBeCloseTo(0.4 / 0.6, 2);
    // 100% stacks are equally tall, and the second series sits on the first.
    expect(a0! + a1!).toBeCloseTo(b0! + b1!, 5);
    expect(num(segments[1], 'y') + num(segments[1], 'height')).toBeCloseTo(num(segments[0], 'y'), 5);
    expect(segments.map((s) => s.attrs.fill)).toEqual([theme.palette[0], theme.palette[1], theme.palette[0], theme.palette[1]]);
  });

  it('labels segments inside, and leaves out totals that would all read 100%', () => {
    const { svg } = render({ type: 'stacked-column', data: 'ownership', x: 'segment', y: ['institutional', 'non_institutional'], format: 'percent' }, ownership());
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['26%', '74%', '40%', '60%']);
    expect(elements(svg, 'text', 'total')).toHaveLength(0);
    expect(elements(svg, 'g', 'legend')[0]?.text).toBe('institutional non institutional');
  });

  it('shows stack totals when they differ, and emphasises the highlighted stack', () => {
    const table = csv('mix', 'year,cloud,on_prem\n2022,3,2\n2023,5,2\n2024,9,3\n');
    const { svg } = render({ type: 'stacked-column', data: 'mix', x: 'year', y: ['cloud', 'on_prem'], highlight: 2024 }, table);
    const totals = elements(svg, 'text', 'total');
    expect(totals.map((t) => t.text)).toEqual(['5', '7', '12']);
    expect(totals[2]?.attrs.fill).toBe(theme.accent);
    const segments = elements(svg, 'rect', 'segment');
    expect(segments.slice(0, 4).every((s) => s.attrs.opacity === '0.45')).toBe(true);
    expect(segments.slice(4).every((s) => s.attrs.opacity === undefined)).toBe(true);
    expect(elements(svg, 'text', 'category-label')[2]?.attrs.fill).toBe(theme.accent);
  });

  it('reads long-format data through `series`', () => {
    const table = csv('long', 'year,kind,v\n2023,a,1\n2023,b,2\n2024,a,3\n2024,b,4\n');
    const { svg } = render({ type: 'stacked-column', data: 'long', x: 'year', y: 'v', series: 'kind' }, table);
    expect(elements(svg, 'rect', 'segment')).toHaveLength(4);
    expect(elements(svg, 'text', 'total').map((t) => t.text)).toEqual(['3', '7']);
    expect(elements(svg, 'desc')[0]?.text).toContain('a: 2023: 1; 2024: 3. b: 2023: 2; 2024: 4.');
  });
});
