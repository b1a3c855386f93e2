import { describe, expect, it } from 'vitest';
import { csv, render, theme } from './chart-fixtures.js';
import { elements, num } from './svg-query.js';

const arr = () => csv('stripe-arr', 'cohort,time_to_30m_arr\nNon-AI SaaS,1\nAI SaaS,0.33\n');
const spec = { type: 'bar', data: 'stripe-arr.csv', x: 'cohort', y: 'time_to_30m_arr', format: 'percent', highlight: 'AI SaaS' } as const;

describe('bar chart', () => {
  it('draws horizontal bars with widths proportional to the values', () => {
    const { svg, diagnostics } = render(spec, arr());
    expect(diagnostics).toEqual([]);
    const bars = elements(svg, 'rect', 'bar');
    expect(bars).toHaveLength(2);
    expect(num(bars[1], 'width') / num(bars[0], 'width')).toBeCloseTo(0.33, 2);
    expect(num(bars[0], 'x')).toBe(num(bars[1], 'x'));
    expect(num(bars[1], 'y')).toBeGreaterThan(num(bars[0], 'y'));
  });

  it('labels the bar ends and the categories, the highlight in the accent colour', () => {
    const { svg } = render(spec, arr());
    const values = elements(svg, 'text', 'value-label');
    expect(values.map((v) => v.text)).toEqual(['100%', '33%']);
    expect(values[1]?.attrs.fill).toBe(theme.accent);
    const bars = elements(svg, 'rect', 'bar');
    expect(bars.map((b) => b.attrs.fill)).toEqual([theme.subdued, theme.accent]);
    // A value label starts just right of its bar's end.
    expect(num(values[0], 'x')).toBeCloseTo(num(bars[0], 'x') + num(bars[0], 'width') + 8, 1);
    expect(elements(svg, 'text', 'category-label').map((l) => l.text)).toEqual(['Non-AI SaaS', 'AI SaaS']);
  });

  it('wraps long category names onto several lines, right-aligned beside the bars', () => {
    const table = csv('countries', 'country,usd\nUnited Kingdom of Great Britain and Northern Ireland,38\nChina,78\n');
    const { svg } = render({ type: 'bar', data: 'countries', x: 'country', y: 'usd' }, table);
    const label = elements(svg, 'text', 'category-label')[0]!;
    expect(label.attrs['text-anchor']).toBe('end');
    expect(label.text).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(elements(svg, 'tspan').length).toBeGreaterThanOrEqual(2);
    expect(num(label, 'x')).toBeLessThan(num(elements(svg, 'rect', 'bar')[0], 'x'));
  });

  it('describes the numbers for screen readers', () => {
    const desc = elements(render(spec, arr()).svg, 'desc')[0]?.text;
    expect(desc).toBe('Bar chart of time to 30m arr by cohort. Non-AI SaaS: 100%; AI SaaS: 33%. Highlighted: AI SaaS.');
  });

  it('draws negative values left of the zero line', () => {
    const { svg } = render({ type: 'bar', data: 'delta', x: 'k', y: 'v' }, csv('delta', 'k,v\nup,10\ndown,-5\n'));
    const [up, down] = elements(svg, 'rect', 'bar');
    expect(num(down, 'x') + num(down, 'width')).toBeCloseTo(num(up, 'x'), 1);
    expect(num(up, 'width') / num(down, 'width')).toBeCloseTo(2, 2);
  });
});
