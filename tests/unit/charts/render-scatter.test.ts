import { describe, expect, it } from 'vitest';
import { csv, render, theme } from './chart-fixtures.js';
import { elements, num } from './svg-query.js';

const models = () =>
  csv('models', 'model,params_b,mmlu\nGPT-3,175,43.9\nChinchilla,70,67.5\nPaLM,540,69.3\nGPT-4,1800,86.4\n');
const spec = { type: 'scatter', data: 'models', x: 'params_b', y: 'mmlu', highlight: 'GPT-4' } as const;

describe('scatter chart', () => {
  it('draws one point per row at positions proportional to x and y', () => {
    const { svg, diagnostics } = render(spec, models());
    expect(diagnostics).toEqual([]);
    const points = elements(svg, 'circle', 'point');
    expect(points).toHaveLength(4);
    // Points are drawn highlight-last; find them by their names' order instead.
    const byX = [...points].sort((a, b) => num(a, 'cx') - num(b, 'cx'));
    const [chinchilla, gpt3, palm, gpt4] = byX;
    expect((num(palm, 'cx') - num(gpt3, 'cx')) / (num(gpt4, 'cx') - num(palm, 'cx'))).toBeCloseTo(365 / 1260, 2);
    expect((num(gpt3, 'cy') - num(chinchilla, 'cy')) / (num(chinchilla, 'cy') - num(gpt4, 'cy'))).toBeCloseTo(23.6 / 18.9, 2);
  });

  it('names points by their row key and highlights by key in the accent colour', () => {
    const { svg } = render(spec, models());
    expect(elements(svg, 'text', 'point-label').map((t) => t.text).sort()).toEqual(['Chinchilla', 'GPT-3', 'GPT-4', 'PaLM']);
    const hot = elements(svg, 'circle', 'highlight');
    expect(hot).toHaveLength(1);
    expect(hot[0]?.attrs.fill).toBe(theme.accent);
  });

  it('titles both axes, from the column names by default', () => {
    const { svg } = render(spec, models());
    expect(elements(svg, 'text', 'axis-title').map((t) => t.text)).toEqual(['mmlu', 'params b']);
    const titled = render({ ...spec, 'x-title': 'Parameters (billions)', 'y-title': 'MMLU (%)' }, models()).svg;
    expect(elements(titled, 'text', 'axis-title').map((t) => t.text)).toEqual(['MMLU (%)', 'Parameters (billions)']);
  });

  it('needs a numeric x column', () => {
    const { diagnostics } = render({ type: 'scatter', data: 'models', x: 'model', y: 'mmlu' }, models());
    expect(diagnostics).toMatchObject([{ code: 'NotANumber', line: 8 }]);
    expect(diagnostics[0]?.message).toContain('data/models.csv:2');
  });
});
