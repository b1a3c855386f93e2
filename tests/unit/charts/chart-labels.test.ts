import { describe, expect, it } from 'vitest';
import { extractChartData } from '../../../src/charts/chart-data.js';
import { applyWhere } from '../../../src/charts/chart-where.js';
import { folderLabels, unlabelledColumns, withLabels } from '../../../src/charts/chart-labels.js';
import { validateChartSpec } from '../../../src/charts/validate-chart-spec.js';
import type { ChartSpec } from '../../../src/charts/chart-spec.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';
import { csv, locate, render } from './chart-fixtures.js';

const nobel = () => csv('nobel', 'prize,ai_research,other_research\nPhysics,1,0\nChemistry,0.5,0.5\n');
const units = () => csv('units', 'vendor,year,units_k\nVendor A,2023,10\nVendor A,2024,12\nVendor B,2023,7\nVendor B,2024,9\n');
const labelTables = () => {
  const files: [string, string][] = [
    ['data/labels.yaml', 'ai_research: AI research\nother_research: Other research\n'],
    ['data/labels.zh-Hant.yaml', 'ai_research: AI 研究\nother_research: 其他研究\nPhysics: 物理學\nChemistry: 化學\n'],
  ];
  return new Map(files.map(([path, text]) => {
    const table = parseDataFile(text, path).table!;
    return [table.name, table];
  }));
};

describe('chart labels', () => {
  it('takes labels.<lang>.yaml over labels.yaml, and the chart\'s own labels over both', () => {
    expect(folderLabels(labelTables(), 'en')).toEqual({ ai_research: 'AI research', other_research: 'Other research' });
    expect(folderLabels(labelTables(), 'zh-Hant')).toMatchObject({ ai_research: 'AI 研究', Physics: '物理學' });
    const spec = withLabels({ type: 'column', data: 'nobel', x: 'prize', y: ['ai_research', 'other_research'], labels: { ai_research: 'AI' }, 'x-title': 'prize' }, { ai_research: 'AI research', prize: 'Prize' });
    expect(spec.labels).toEqual({ ai_research: 'AI', prize: 'Prize' });
    expect(spec['x-title']).toBe('Prize');
  });

  it('names series, categories and the accessible title in the deck\'s language from shared English data', () => {
    const spec = withLabels({ type: 'stacked-column', data: 'nobel', x: 'prize', y: ['ai_research', 'other_research'], format: 'percent' }, folderLabels(labelTables(), 'zh-Hant'));
    const { data } = extractChartData(spec, nobel(), locate, 'zh-Hant');
    expect(data?.series.map((s) => s.label)).toEqual(['AI 研究', '其他研究']);
    expect(data?.categories.map((c) => c.label)).toEqual(['物理學', '化學']);
    const { svg, diagnostics } = render(spec, nobel(), 'zh-Hant');
    expect(diagnostics).toEqual([]);
    expect(svg).toContain('>AI 研究<');
    expect(svg).toContain('>物理學<');
    expect(svg).not.toContain('ai_research');
    expect(svg).not.toContain('>Physics<');
  });

  it('warns when a legend would show a raw snake_case column name, and not once it has a label', () => {
    const bare: ChartSpec = { type: 'column', data: 'nobel', x: 'prize', y: ['ai_research', 'other_research'] };
    expect(unlabelledColumns(withLabels(bare, {}), locate)).toMatchObject([
      { code: 'UnlabelledColumn', severity: 'warning', line: 9, column: 7 },
      { code: 'UnlabelledColumn', severity: 'warning', line: 9, column: 10 },
    ]);
    expect(unlabelledColumns(withLabels(bare, folderLabels(labelTables(), 'en')), locate)).toEqual([]);
    expect(unlabelledColumns(withLabels({ ...bare, y: 'ai_research' }, {}), locate)).toEqual([]);
  });
});

describe('chart where', () => {
  /** The chart's data as the deck's binding reads it: the rows its where keeps, then its columns. */
  const chartData = (spec: ChartSpec) => {
    const kept = applyWhere(spec, units(), locate);
    return kept.table ? extractChartData(spec, kept.table, locate, 'en') : { data: undefined, diagnostics: kept.diagnostics };
  };

  it('keeps only the rows whose columns hold the values', () => {
    const spec: ChartSpec = { type: 'line', data: 'units', x: 'year', y: 'units_k', where: { vendor: 'Vendor B' } };
    const { data, diagnostics } = chartData(spec);
    expect(diagnostics).toEqual([]);
    expect(data?.categories.map((c) => c.label)).toEqual(['2023', '2024']);
    expect(data?.series[0]?.values).toEqual([7, 9]);
  });

  it('validates where and labels, and places an unknown where column or an empty result', () => {
    expect(validateChartSpec({ type: 'line', data: 'units', x: 'year', y: 'units_k', where: { year: 2024 } }, locate).spec).toMatchObject({ where: { year: '2024' } });
    expect(validateChartSpec({ type: 'line', data: 'units', x: 'year', y: 'units_k', where: ['vendor'] }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid' }]);
    expect(validateChartSpec({ type: 'line', data: 'units', x: 'year', y: 'units_k', labels: 'x' }, locate).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid' }]);
    const unknown = chartData({ type: 'line', data: 'units', x: 'year', y: 'units_k', where: { vendr: 'Vendor B' } });
    expect(unknown.diagnostics).toMatchObject([{ code: 'UnknownColumn' }]);
    expect(unknown.diagnostics[0]?.hint).toContain('Did you mean "vendor"?');
    const none = chartData({ type: 'line', data: 'units', x: 'year', y: 'units_k', where: { vendor: 'Vendor C' } });
    expect(none.diagnostics).toMatchObject([{ code: 'ChartSpecInvalid' }]);
    expect(none.diagnostics[0]?.message).toContain('vendor="Vendor C"');
  });
});
