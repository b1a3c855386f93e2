import { describe, expect, it } from 'vitest';
import { validateChartSpec } from '../../../src/charts/validate-chart-spec.js';
import { locate, SLIDE } from './chart-fixtures.js';

describe('validateChartSpec', () => {
  it('accepts a complete spec and normalises YAML numbers to column names', () => {
    const { spec, diagnostics } = validateChartSpec({ type: 'line', data: 'x.csv', x: 2024, y: ['a', 'b'], format: 'percent', highlight: 2024 }, locate);
    expect(diagnostics).toEqual([]);
    expect(spec).toEqual({ type: 'line', data: 'x.csv', x: '2024', y: ['a', 'b'], format: 'percent', highlight: 2024 });
  });

  it('reports an unknown chart type at `type` with the closest type', () => {
    const { spec, diagnostics } = validateChartSpec({ type: 'pie', data: 'x', x: 'a', y: 'b' }, locate);
    expect(spec).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'UnknownChartType', file: SLIDE, line: 6 }]);
    expect(diagnostics[0]?.hint).toContain('donut');
    expect(validateChartSpec({ type: 'stacked-colum', data: 'x', x: 'a', y: 'b' }, locate).diagnostics[0]?.hint).toContain('Did you mean "stacked-column"?');
  });

  it('reports an unknown format, missing keys and a bad y', () => {
    expect(validateChartSpec({ type: 'bar', data: 'x', x: 'a', y: 'b', format: 'dollars' }, locate).diagnostics).toMatchObject([{ code: 'UnknownFormat', line: 11 }]);
    expect(validateChartSpec({ type: 'bar', x: 'a', y: 'b' }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 5, message: 'Invalid chart: chart has no "data".' }]);
    expect(validateChartSpec({ type: 'bar', data: 'x', x: 'a', y: { a: 1 } }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 9 }]);
    expect(validateChartSpec({ type: 'bar', data: 'x', x: 'a', y: ['b', 'c'], series: 's' }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 10 }]);
    expect(validateChartSpec('column', locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 5 }]);
  });

  it('warns about unknown keys, suggesting the known one', () => {
    const { spec, diagnostics } = validateChartSpec({ type: 'bar', data: 'x', x: 'a', y: 'b', hilight: 'a' }, locate);
    expect(spec).toBeDefined();
    expect(diagnostics).toMatchObject([{ code: 'UnknownKey', severity: 'warning' }]);
    expect(diagnostics[0]?.hint).toContain('Did you mean "highlight"?');
  });

  it('accepts a Vega-Lite chart and rejects native keys beside it', () => {
    expect(validateChartSpec({ 'vega-lite': 'spec.json', title: 'T' }, locate)).toEqual({ spec: { 'vega-lite': 'spec.json', title: 'T' }, diagnostics: [] });
    expect(validateChartSpec({ 'vega-lite': 'spec.json', x: 'a' }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 8 }]);
  });
});
