import { describe, expect, it } from 'vitest';
import { interpolateData } from '../../../src/data/interpolate.js';
import { parseReference } from '../../../src/data/reference-syntax.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';

const files: [string, string][] = [
  ['data/solar.csv', 'year,gw,note\n2022,100,\n2023,140,est\n2024,200,\n'],
  ['data/units.csv', 'vendor,year,units_k\nVendor A,2023,10\nVendor A,2024,12\nVendor B,2023,7\nVendor B,2024,9\n'],
  ['data/facts.yaml', 'zero: 0\nhuge: 1e308\n'],
];
const tables = new Map(files.map(([path, text]) => {
  const table = parseDataFile(text, path).table!;
  return [table.name, table];
}));
const at = { file: 'sections/01.md', line: 5, column: 1 };
const run = (text: string, lang = 'en') => interpolateData(text, at, { tables, lang });

describe('reference arithmetic', () => {
  it('follows the usual precedence and parentheses', () => {
    expect(run('{{ 2 + 3 * 4 }}').text).toBe('14');
    expect(run('{{ (2 + 3) * 4 }}').text).toBe('20');
    expect(run('{{ 10 - 4 - 3 }}').text).toBe('3');
    expect(run('{{ 24 / 4 / 3 }}').text).toBe('2');
    expect(run('{{ -solar[2022].gw + 50 }}').text).toBe('-50');
    expect(run('{{ solar[2024].gw / solar[2023].gw - 1 | percent }}').text).toBe('42.9%');
  });

  it('writes growth with signed formats', () => {
    expect(run('{{ (solar[2024].gw / solar[2023].gw - 1) | signed-percent }}').text).toBe('+43%');
    expect(run('{{ (solar[2022].gw / solar[2023].gw - 1) | signed-percent }}').text).toBe('−29%');
    expect(run('{{ (solar[2023].gw / solar[2023].gw - 1) | signed-percent }}').text).toBe('±0%');
    expect(run('{{ solar[2024].gw - solar[2023].gw | signed-number }}').text).toBe('+60');
    expect(run('{{ solar[2022].gw - solar[2023].gw | signed-number }}').text).toBe('−40');
  });

  it('reports division by zero, a text operand and overflow at their line:col', () => {
    expect(run('{{ solar[2024].gw / facts.zero }}').diagnostics).toMatchObject([{ code: 'ArithmeticError', line: 5, column: 3 + 18 }]);
    expect(run('{{ solar[2024].gw / facts.zero }}').diagnostics[0]?.message).toContain('data/facts.yaml:1');
    expect(run('{{ solar[2024].gw + solar[2023].note }}').diagnostics).toMatchObject([{ code: 'NotANumber', column: 3 + 18 }]);
    expect(run('x\n {{ facts.huge * 10 }}').diagnostics).toMatchObject([{ code: 'ArithmeticError', line: 6, column: 1 + 15 }]);
    expect(run('{{ 1e999 }}').diagnostics).toMatchObject([{ code: 'ArithmeticError', column: 4 }]);
    for (const text of ['{{ 1 / 0 }}', '{{ facts.huge * facts.huge }}', '{{ solar[2022].note * 2 }}']) {
      const r = run(text);
      expect(r.text).not.toMatch(/NaN|Infinity/);
      expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('reports syntax problems where they are', () => {
    expect(run('{{ (1 + 2 }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 4 }]);
    expect(run('{{ 1 + }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 8 }]);
    expect(run('{{ 1 2 }}').diagnostics).toMatchObject([{ code: 'BadReference', column: 6 }]);
    expect(run('{{ solar[2024].gw | }}').diagnostics).toMatchObject([{ code: 'BadReference' }]);
  });

  it('parses into a tree with * above +', () => {
    const ref = parseReference('a[1].x + b[2].y * 3 | usd');
    expect(ref).toMatchObject({ expr: { kind: 'binary', op: '+', right: { kind: 'binary', op: '*' } }, format: { text: 'usd' } });
  });
});

describe('lookups by several keys', () => {
  it('finds the one row matching every key', () => {
    expect(run('{{ units[vendor="Vendor B", year=2024].units_k }}').text).toBe('9');
    expect(run("{{ units[year=2023, vendor='Vendor A'].units_k }}").text).toBe('10');
    expect(run('{{ units[vendor=Vendor B, year=2023].units_k }}').text).toBe('7');
  });

  it('reports no match at the key, naming the file, the keys and the nearest rows', () => {
    const r = run('{{ units[vendor="Vendor B", year=2025].units_k }}');
    expect(r.diagnostics).toMatchObject([{ code: 'NoMatchingRow', line: 5, column: 10 }]);
    expect(r.diagnostics[0]?.message).toContain('data/units.csv');
    expect(r.diagnostics[0]?.message).toContain('vendor="Vendor B", year="2025"');
    expect(r.diagnostics[0]?.hint).toContain('line 4 (vendor=Vendor B, year=2023)');
  });

  it('reports several matches with a key to add', () => {
    const r = run('{{ units[vendor="Vendor B"].units_k }}');
    expect(r.diagnostics).toMatchObject([{ code: 'AmbiguousRow', severity: 'error', column: 10 }]);
    expect(r.diagnostics[0]?.hint).toContain('[vendor="Vendor B", year=2023]');
    const single = run('{{ units["Vendor A"].units_k }}');
    expect(single.diagnostics).toMatchObject([{ code: 'AmbiguousRow' }]);
    expect(single.diagnostics[0]?.hint).toContain('Add a key');
  });

  it('places an unknown key column at its name', () => {
    const r = run('{{ units[vendr="Vendor B", year=2024].units_k }}');
    expect(r.diagnostics).toMatchObject([{ code: 'UnknownColumn', column: 10 }]);
    expect(r.diagnostics[0]?.hint).toContain('Did you mean "vendor"?');
  });
});
