import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/charts/chart-data.js';
import type { ChartSpec } from '../../../src/charts/chart-spec.js';
import { excelNumberFormat } from '../../../src/pptx/excel-number-format.js';
import { nativeChartGap } from '../../../src/pptx/native-chart.js';
import { svgAltText, svgForOffice } from '../../../src/pptx/svg-for-office.js';

const data = (series: number, highlight: boolean): ChartData => ({
  xColumn: 'year',
  xLabel: 'year',
  xType: 'number',
  categories: [{ value: 2023, label: '2023', highlight: false }, { value: 2024, label: '2024', highlight }],
  series: Array.from({ length: series }, (_, i) => ({ name: `s${i}`, label: `s${i}`, values: [1, 2] })),
  hasHighlight: highlight,
});
const spec = (type: ChartSpec['type']): ChartSpec => ({ type, data: 'd.csv', x: 'year', y: 'v' });

describe('nativeChartGap', () => {
  it('accepts every chart type without a highlight, and a highlighted single-series column, bar or donut', () => {
    for (const type of ['column', 'bar', 'stacked-column', 'line', 'area', 'donut', 'scatter'] as const) expect(nativeChartGap(spec(type), data(2, false))).toBeUndefined();
    for (const type of ['column', 'bar', 'donut'] as const) expect(nativeChartGap(spec(type), data(1, true))).toBeUndefined();
  });

  it('names what PowerPoint cannot draw: a highlighted point on a line, or a highlight over several series', () => {
    expect(nativeChartGap(spec('line'), data(1, true))).toMatch(/line chart/);
    expect(nativeChartGap(spec('stacked-column'), data(2, true))).toMatch(/several series/);
  });
});

describe('excelNumberFormat', () => {
  it('maps the deck formats to Excel codes, and unknown ones to General', () => {
    expect(excelNumberFormat('usd-compact', 3.7e9)).toContain('"B"');
    expect(excelNumberFormat('percent', 0.5)).toBe('0%');
    expect(excelNumberFormat('no-such-format', 1)).toBe('General');
    expect(excelNumberFormat(undefined, 5e6)).toContain('"M"');
  });
});

describe('svgForOffice', () => {
  it('sizes a chart SVG by its viewBox instead of 100%, and reads its alt text', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" width="100%" role="img"><title>Revenue &amp; costs</title><desc>2024: $3.7B.</desc></svg>';
    expect(svgForOffice(svg)).toMatch(/^<svg width="600" height="400" xmlns/);
    expect(svgAltText(svg)).toBe('Revenue & costs. 2024: $3.7B.');
  });
});
