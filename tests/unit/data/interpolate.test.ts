import { describe, expect, it } from 'vitest';
import { interpolateData } from '../../../src/data/interpolate.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';
import { parseYaml } from '../../../src/load/parse-yaml.js';
import type { DataTable } from '../../../src/data/table.js';

function tables(): Map<string, DataTable> {
  const files: [string, string][] = [
    ['data/openai-revenue.csv', 'year,revenue_usd,note\n2022,200000000,early\n2023,1600000000,\n2024,3700000000,n/a\n'],
    ['data/stripe-arr.csv', 'segment,months\nAI SaaS,24\nSaaS,57\n'],
    ['data/facts.yaml', 'report_slides: 212\nlaunch: 2024-10-10\n'],
    ['data/broken.csv', 'a,"b\n'],
  ];
  return new Map(files.map(([path, text]) => {
    const table = parseDataFile(text, path).table!;
    return [table.name, table];
  }));
}

const at = { file: 'sections/02-revenue.md', line: 10, column: 3 };
const run = (text: string, lang = 'en') => interpolateData(text, at, { tables: tables(), lang });

describe('interpolateData', () => {
  it('replaces cell references with formatted values', () => {
    const r = run('Revenue went from {{ openai-revenue[2022].revenue_usd | usd-compact }} to {{openai-revenue[2024].revenue_usd|usd-compact}}.');
    expect(r.text).toBe('Revenue went from $200M to $3.7B.');
    expect(r.diagnostics).toEqual([]);
    expect(r.values.map((v) => v.shown)).toEqual(['$200M', '$3.7B']);
  });

  it('reads quoted row keys, key-value files and formats in zh-Hant', () => {
    expect(run('{{ stripe-arr["AI SaaS"].months }} vs {{ stripe-arr[\'SaaS\'].months }}').text).toBe('24 vs 57');
    expect(run('{{ facts.report_slides | integer }} slides, {{ facts.launch | date }}').text).toBe('212 slides, Oct 10, 2024');
    expect(run('{{ openai-revenue[2024].revenue_usd | usd-compact }}', 'zh-Hant').text).toBe('US$37億');
  });

  it('shows a year from a column of years as written (as a table and a chart axis do), and a code with a leading zero with its zeros', () => {
    const offices = parseDataFile('office,zip,opened,staff\nBoston,02134,2019,12400\nAustin,78701,2021,1800\n', 'data/offices.csv').table!;
    const facts = parseDataFile('founded: 1998\n', 'data/facts.yaml').table!;
    const r = interpolateData('{{ offices[Boston].zip }}, since {{ offices[Boston].opened }}, {{ offices[Boston].staff }} staff; founded {{ facts.founded }}, {{ facts.founded | year }}', at, { tables: new Map([['offices', offices], ['facts', facts]]), lang: 'en' });
    // A key-value file's value is no column of years: the year format says so.
    expect(r.text).toBe('02134, since 2019, 12,400 staff; founded 1,998, 1998');
    expect(r.diagnostics).toEqual([]);
  });

  it('derives ratios and differences, with numeric literals', () => {
    expect(run('{{ openai-revenue[2024].revenue_usd / openai-revenue[2022].revenue_usd | multiplier }}').text).toBe('19×');
    expect(run('{{ openai-revenue[2024].revenue_usd - openai-revenue[2023].revenue_usd | usd-compact }}').text).toBe('$2.1B');
    expect(run('{{ facts.report_slides / 4 | decimal1 }}').text).toBe('53.0');
    expect(run('{{ stripe-arr[SaaS].months - stripe-arr["AI SaaS"].months }}').text).toBe('33');
  });

  it('writes a literal {{ for \\{{ and leaves plain text alone', () => {
    expect(run('Write \\{{ file[row].col }} to bind a number.').text).toBe('Write {{ file[row].col }} to bind a number.');
    expect(run('no braces here')).toEqual({ text: 'no braces here', diagnostics: [], values: [] });
  });

  it('lists each value shown with its expression, cells and position', () => {
    const r = run('Up {{ openai-revenue[2024].revenue_usd / openai-revenue[2022].revenue_usd | multiplier }}\n  in {{ facts.report_slides }} slides');
    expect(r.values).toEqual([
      {
        shown: r.text.slice(3, r.text.indexOf('\n')),
        expression: '{{ openai-revenue[2024].revenue_usd / openai-revenue[2022].revenue_usd | multiplier }}',
        cells: [
          { file: 'data/openai-revenue.csv', row: '2024', column: 'revenue_usd' },
          { file: 'data/openai-revenue.csv', row: '2022', column: 'revenue_usd' },
        ],
        at: { file: at.file, line: 10, column: 6 },
      },
      { shown: '212', expression: '{{ facts.report_slides }}', cells: [{ file: 'data/facts.yaml', column: 'report_slides' }], at: { file: at.file, line: 11, column: 6 } },
    ]);
    expect(r.values[0]!.shown).toBe('19×');
    // A row found by a named key column is named the way it is written.
    expect(run('{{ stripe-arr[segment="AI SaaS"].months }}').values[0]!.cells).toEqual([{ file: 'data/stripe-arr.csv', row: 'segment=AI SaaS', column: 'months' }]);
  });

  it('places a missing file at its name, on the right line and column, with a hint', () => {
    const r = run('First line\n  and {{ opneai-revenue[2024].revenue_usd }}');
    expect(r.diagnostics).toMatchObject([{ code: 'DataFileNotFound', file: at.file, line: 11, column: 10 }]);
    expect(r.diagnostics[0]?.hint).toContain('Did you mean "openai-revenue"?');
    expect(r.text).toBe('First line\n  and {{ opneai-revenue[2024].revenue_usd }}');
    expect(r.values).toEqual([]);
  });

  it('places an unknown column at the column name and suggests the closest', () => {
    const r = run('{{ openai-revenue[2024].revenue }}');
    expect(r.diagnostics).toMatchObject([{ code: 'UnknownColumn', line: 10, column: 3 + 24 }]);
    expect(r.diagnostics[0]?.hint).toContain('Did you mean "revenue_usd"?');
  });

  it('places an unknown row at the key, quoted or not', () => {
    const bare = run('{{ openai-revenue[2025].revenue_usd }}');
    expect(bare.diagnostics).toMatchObject([{ code: 'UnknownRow', line: 10, column: 3 + 18 }]);
    expect(bare.diagnostics[0]?.hint).toContain('2022, 2023, 2024');
    const quoted = run('x {{ stripe-arr["AI Saas"].months }}');
    expect(quoted.diagnostics).toMatchObject([{ code: 'UnknownRow', column: 3 + 17 }]);
    expect(quoted.diagnostics[0]?.hint).toContain('Did you mean "AI SaaS"?');
  });

  it('names the data file line when a value is not a number', () => {
    const r = run('{{ openai-revenue[2024].note | usd }}');
    expect(r.diagnostics).toMatchObject([{ code: 'NotANumber', file: at.file, line: 10, column: 6 }]);
    expect(r.diagnostics[0]?.message).toContain('data/openai-revenue.csv:4');
    const ratio = run('{{ facts.report_slides / openai-revenue[2022].note }}');
    expect(ratio.diagnostics).toMatchObject([{ code: 'NotANumber', column: 3 + 25 }]);
    expect(ratio.diagnostics[0]?.message).toContain('data/openai-revenue.csv:2');
    expect(ratio.diagnostics[0]?.message).toContain('a ratio');
  });

  it('warns about an empty cell, naming its line', () => {
    const r = run('{{ openai-revenue[2023].note }}');
    expect(r.diagnostics).toMatchObject([{ code: 'EmptyCell', severity: 'warning', column: 6 }]);
    expect(r.diagnostics[0]?.message).toContain('data/openai-revenue.csv:3');
  });

  it('reports an unknown format at its name with the closest one', () => {
    const r = run('{{ facts.report_slides | usd-compcat }}');
    expect(r.diagnostics).toMatchObject([{ code: 'UnknownFormat', column: 3 + 25 }]);
    expect(r.diagnostics[0]?.hint).toContain('Did you mean "usd-compact"?');
  });

  it('reports an unknown key in a key-value file', () => {
    const r = run('{{ facts.report_slide }}');
    expect(r.diagnostics).toMatchObject([{ code: 'UnknownDataKey', column: 3 + 9 }]);
    expect(r.diagnostics[0]?.hint).toContain('"report_slides"');
  });

  it('reports malformed references as BadReference where they are wrong', () => {
    expect(run('{{ }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 3 + 3 }]);
    expect(run('a {{ openai-revenue }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 3 + 19 }]);
    expect(run('{{ openai-revenue.revenue_usd }}').diagnostics).toMatchObject([{ code: 'BadReference' }]);
    expect(run('{{ facts[x].report_slides }}').diagnostics).toMatchObject([{ code: 'BadReference' }]);
    expect(run('{{ facts.report_slides * }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 5 + 23 }]);
    const unclosed = run('text\n{{ facts.report_slides');
    expect(unclosed.diagnostics).toMatchObject([{ code: 'BadReference', line: 11, column: 1 }]);
    expect(run('{{ facts.report_slides / 0 }}').diagnostics).toMatchObject([{ code: 'ArithmeticError', column: 3 + 25 }]);
    expect(run('{{ facts.report_slides / 0 }}').diagnostics[0]?.message).toContain('divisor');
  });

  it('stops at a row key that matches several rows, naming them and a key to add', () => {
    const long = parseDataFile('year,region,v\n2023,US,1\n2023,EU,2\n', 'data/long.csv').table!;
    const r = interpolateData('{{ long[2023].v }}', at, { tables: new Map([['long', long]]), lang: 'en' });
    expect(r.text).toBe('{{ long[2023].v }}');
    expect(r.diagnostics).toMatchObject([{ code: 'AmbiguousRow', severity: 'error', line: 10, column: 3 + 8 }]);
    expect(r.diagnostics[0]?.message).toContain('line 2, line 3');
    expect(r.diagnostics[0]?.hint).toContain('[year="2023", region="US"]');
  });

  it('stays quiet about a file that failed to parse (its parse error is reported already)', () => {
    const r = run('{{ broken[1].a }}');
    expect(r.diagnostics).toEqual([]);
    expect(r.values).toEqual([]);
    expect(r.text).toBe('{{ broken[1].a }}');
  });

  it('places a problem inside a quoted YAML value on its own line, counting escapes as written', () => {
    const yaml = parseYaml('layout: quote\nquote: "We \\"grew\\"\\nby {{ openai-revenue[2025].revenue_usd }}"\nby: CEO\n', { file: 's.md', line: 6, column: 1 });
    const r = interpolateData((yaml.value as { quote: string }).quote, yaml.locate(['quote']), { tables: tables(), lang: 'en' });
    expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['UnknownRow 7:43']);
  });
});
