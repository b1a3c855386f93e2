import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec.js';
import { csv, locate, render, revenue, SLIDE } from './chart-fixtures.js';

// chart-fixtures' locate: `type` is on line 6, data 7, x 8, y 9, series 10, format 11, highlight 14.
const base: ChartSpec = { type: 'column', data: 'openai-revenue.csv', x: 'year', y: 'revenue_usd' };

describe('chart diagnostics, placed where the chart key is written', () => {
  it('UnknownColumn at y, with the closest column as a hint', () => {
    const { svg, diagnostics } = render({ ...base, y: 'revenue' }, revenue());
    expect(svg).toBe('');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'UnknownColumn', file: SLIDE, line: 9, column: 6, message: 'Column "revenue" does not exist in data/openai-revenue.csv.' }),
    ]);
    expect(diagnostics[0]?.hint).toBe('Did you mean "revenue_usd"? Columns: year, revenue_usd, status.');
  });

  it('UnknownColumn at the list item of y that is wrong', () => {
    const { diagnostics } = render({ ...base, y: ['revenue_usd', 'yeer'] }, revenue());
    expect(diagnostics).toMatchObject([{ code: 'UnknownColumn', line: 9, column: 10 }]);
    expect(diagnostics[0]?.hint).toContain('Did you mean "year"?');
  });

  it('a code with leading zeros is highlighted as YAML reads it (02134 → 2134), and is no number to plot', () => {
    const offices = csv('offices', 'zip,staff\n02134,12\n78701,8\n');
    const highlighted = render({ type: 'column', data: 'offices', x: 'zip', y: 'staff', highlight: 2134 }, offices);
    expect(highlighted.diagnostics).toEqual([]);
    const plotted = render({ type: 'scatter', data: 'offices', x: 'zip', y: 'staff' }, offices);
    expect(plotted.diagnostics).toMatchObject([{ code: 'NotANumber' }]);
    expect(plotted.diagnostics[0]?.hint).toBe('A number written with a leading zero (02134) is read as a code, as text: write it without the zero.');
  });

  it('UnknownColumn at x and at series', () => {
    expect(render({ ...base, x: 'yr' }, revenue()).diagnostics).toMatchObject([{ code: 'UnknownColumn', line: 8, column: 6 }]);
    expect(render({ ...base, series: 'kind' }, revenue()).diagnostics).toMatchObject([{ code: 'UnknownColumn', line: 10 }]);
  });

  it('NotANumber at y, naming the data file line of the bad value', () => {
    const table = csv('bad', 'year,v\n2022,1\n2023,n/a\n2024,3\n');
    const { diagnostics } = render({ ...base, data: 'bad', y: 'v' }, table);
    expect(diagnostics).toMatchObject([{ code: 'NotANumber', file: SLIDE, line: 9, column: 6 }]);
    expect(diagnostics[0]?.message).toBe('Value "n/a" at data/bad.csv:3 (column v) is not a number, but a column chart needs one.');
  });

  it('UnknownChartType and UnknownFormat at their keys', () => {
    const type = render({ ...base, type: 'colum' as ChartSpec['type'] }, revenue()).diagnostics;
    expect(type).toMatchObject([{ code: 'UnknownChartType', line: 6, column: 9 }]);
    expect(type[0]?.hint).toContain('Did you mean "column"?');
    const format = render({ ...base, format: 'usd-compat' }, revenue()).diagnostics;
    expect(format).toMatchObject([{ code: 'UnknownFormat', line: 11, column: 11 }]);
    expect(format[0]?.hint).toContain('Did you mean "usd-compact"?');
  });

  it('UnknownRow at highlight when no x value matches', () => {
    const { diagnostics } = render({ ...base, highlight: 2025 }, revenue());
    expect(diagnostics).toMatchObject([{ code: 'UnknownRow', line: 14, column: 14 }]);
    expect(diagnostics[0]?.hint).toContain('2022, 2023, 2024');
  });

  it('ChartSpecInvalid at data when the file has no rows', () => {
    const empty = csv('empty', 'year,v\n');
    expect(render({ ...base, data: 'empty', y: 'v' }, empty).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid', line: 7 }]);
  });

  it('stays quiet for an unreadable data file (its parse error is reported at the file)', () => {
    const unreadable = { ...revenue(), columns: [], rows: [], unreadable: true as const };
    expect(render(base, unreadable)).toEqual({ svg: '', diagnostics: [] });
  });

  it('locate is consulted with chart-relative paths', () => {
    expect(locate(['chart', 'y', 1])).toEqual({ file: SLIDE, line: 9, column: 10 });
  });
});

describe('the chart data file', () => {
  it('is found with or without its extension, and a missing one is reported at `data`', async () => {
    const { findTable } = await import('../../../src/data/find-table.js');
    const tables = new Map([['openai-revenue', revenue()]]);
    expect(findTable('openai-revenue.csv', tables, locate(['chart', 'data'])).table?.name).toBe('openai-revenue');
    const missing = findTable('openai-revenu.csv', tables, locate(['chart', 'data']));
    expect(missing.diagnostics).toMatchObject([{ code: 'DataFileNotFound', file: SLIDE, line: 7, column: 9 }]);
    expect(missing.diagnostics[0]?.hint).toContain('Did you mean "openai-revenue"?');
  });
});
