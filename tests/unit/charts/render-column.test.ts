import { describe, expect, it } from 'vitest';
import { csv, render, revenue, theme } from './chart-fixtures.js';
import { elements, num } from './svg-query.js';
import { textWidth } from '../../../src/charts/text-metrics.js';

const spec = { type: 'column', data: 'openai-revenue.csv', x: 'year', y: 'revenue_usd', format: 'usd-compact', highlight: '2024' } as const;

describe('column chart', () => {
  it('draws one bar per row, heights proportional to the values', () => {
    const { svg, diagnostics } = render(spec, revenue());
    expect(diagnostics).toEqual([]);
    const bars = elements(svg, 'rect', 'bar');
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => num(b, 'height'));
    expect(heights[2]! / heights[1]!).toBeCloseTo(3.7 / 1.6, 1);
    expect(heights[1]! / heights[0]!).toBeCloseTo(1600 / 28, 0);
    // All bars stand on the same baseline.
    expect(new Set(bars.map((b) => Math.round(num(b, 'y') + num(b, 'height')))).size).toBe(1);
  });

  it('labels each bar with its formatted value and colours the highlight with the accent', () => {
    const { svg } = render(spec, revenue());
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['$28M', '$1.6B', '$3.7B']);
    const bars = elements(svg, 'rect', 'bar');
    expect(bars.map((b) => b.attrs.fill)).toEqual([theme.subdued, theme.subdued, theme.accent]);
    const labels = elements(svg, 'text', 'category-label');
    expect(labels.map((l) => l.text)).toEqual(['2022', '2023', '2024']);
    expect(labels[2]?.attrs.fill).toBe(theme.accent);
  });

  it('uses the first palette colour when nothing is highlighted', () => {
    const { svg } = render({ ...spec, highlight: undefined }, revenue());
    expect(new Set(elements(svg, 'rect', 'bar').map((b) => b.attrs.fill))).toEqual(new Set([theme.palette[0]]));
  });

  it('is an accessible image whose title and description state the numbers', () => {
    const { svg } = render({ ...spec, title: 'OpenAI revenue' }, revenue(), 'en', 'chart-openai');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="chart-openai-title chart-openai-desc"');
    expect(elements(svg, 'title')[0]).toMatchObject({ attrs: { id: 'chart-openai-title' }, text: 'OpenAI revenue' });
    const desc = elements(svg, 'desc')[0];
    expect(desc?.attrs.id).toBe('chart-openai-desc');
    expect(desc?.text).toContain('2022: $28M; 2023: $1.6B; 2024: $3.7B');
    expect(desc?.text).toContain('Highlighted: 2024');
    expect(svg).toMatch(/viewBox="0 0 600 400"/);
    expect(svg).not.toMatch(/<script|<foreignObject/);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(render(spec, revenue()).svg).toBe(render(spec, revenue()).svg);
  });

  it('formats in the deck language', () => {
    const { svg } = render(spec, revenue(), 'zh-Hant');
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['US$2800萬', 'US$16億', 'US$37億']);
  });

  it('groups several y columns side by side, with a legend', () => {
    const table = csv('nobel', 'prize,ai_research,other_research\nPhysics,1,0\nChemistry,0.5,0.5\nMedicine,0,1\n');
    const { svg } = render({ type: 'column', data: 'nobel', x: 'prize', y: ['ai_research', 'other_research'], format: 'percent' }, table);
    const bars = elements(svg, 'rect', 'bar');
    expect(bars).toHaveLength(6);
    expect(bars[0]?.attrs.fill).toBe(theme.palette[0]);
    expect(bars[1]?.attrs.fill).toBe(theme.palette[1]);
    expect(elements(svg, 'g', 'legend')[0]?.text).toBe('ai research other research');
  });

  it('wraps long labels when few, and rotates them when many', () => {
    const few = csv('few', 'stage,usd\nNvidia run-rate revenue,150\nTotal data-centre cost,300\nRevenue needed,600\nRevenue after the margin,1200\n');
    const wrapped = render({ type: 'column', data: 'few', x: 'stage', y: 'usd' }, few).svg;
    const axis = elements(wrapped, 'g', 'category-axis')[0]!;
    expect(axis.text).toBe('Nvidia run-rate revenue Total data-centre cost Revenue needed Revenue after the margin');
    expect(elements(wrapped, 'tspan').length).toBeGreaterThanOrEqual(4);
    expect(wrapped).not.toContain('rotate(');

    const names = ['United States of America', 'United Kingdom of Great Britain', 'Federal Republic of Germany', 'Republic of Korea', 'United Arab Emirates', 'Kingdom of the Netherlands', 'Commonwealth of Australia', 'Swiss Confederation'];
    const many = csv('many', `country,usd\n${names.map((n, i) => `${n},${i + 1}`).join('\n')}\n`);
    const rotated = render({ type: 'column', data: 'many', x: 'country', y: 'usd' }, many).svg;
    const rotatedLabels = elements(rotated, 'text', 'category-label');
    expect(rotatedLabels.length).toBeGreaterThan(0);
    expect(rotatedLabels.every((l) => /rotate\(-35 /.test(l.attrs.transform ?? ''))).toBe(true);
    // Rotated labels stay inside the chart: the first one's (estimated) start is right of x = 0.
    const first = rotatedLabels[0]!;
    expect(num(first, 'x') - textWidth(first.text, theme.fontSize) * Math.cos((35 * Math.PI) / 180)).toBeGreaterThanOrEqual(0);
  });

  it('falls back to gridlines and ticks when value labels do not fit', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${2000 + i},${(i + 1) * 1234567}`).join('\n');
    const { svg } = render({ type: 'column', data: 'dense', x: 'year', y: 'v', format: 'usd' }, csv('dense', `year,v\n${rows}\n`));
    expect(elements(svg, 'text', 'value-label')).toHaveLength(0);
    const ticks = elements(svg, 'text', 'tick').map((t) => t.text);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks).toContain('$0');
    expect(ticks.some((t) => /^\$\d+M$/.test(t))).toBe(true);
  });
});
