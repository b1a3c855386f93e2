import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpolateData } from '../../../src/data/interpolate.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { loadDataFolder, readDataFile } from '../../../src/load/load-data-folder.js';

// Real workbooks written by LibreOffice Calc (see tests/fixtures/workbooks/README.md).
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/workbooks/${name}`, import.meta.url));
const at = { file: 'decks/x/sections/01.md', line: 4, column: 1 };

describe('workbooks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deckpress-workbook-'));
    await copyFile(fixture('market.xlsx'), join(dir, 'market.xlsx'));
    await writeFile(join(dir, 'units.csv'), 'vendor,year,units_k\nVendor B,2024,9\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads each sheet as <name>#<Sheet>, with typed cells, cached formula values and the title row skipped', async () => {
    const { tables, diagnostics } = await loadDataFolder(dir, 'decks/x/data');
    expect(diagnostics).toEqual([]);
    expect([...tables.keys()].sort()).toEqual(['market#Capacity', 'market#Prices', 'market#Units', 'units']);
    const prices = tables.get('market#Prices')!;
    expect(prices.columns.map((c) => [c.name, c.type, c.letter])).toEqual([['year', 'number', 'A'], ['usd', 'number', 'B'], ['change', 'number', 'C']]);
    // Row 1 is a merged title; data starts on row 3; the three empty trailing rows are gone.
    expect(prices.rows.map((r) => [r.line, r.values.year, r.values.usd])).toEqual([[3, 2021, 0.28], [4, 2022, 0.25], [5, 2023, 0.15], [6, 2024, 0.11]]);
    expect(prices.rows[3]!.values.change).toBeCloseTo(0.11 / 0.15 - 1, 12);
    const units = tables.get('market#Units')!;
    expect(units.columns.find((c) => c.name === 'shipped')?.type).toBe('date');
    expect(units.rows.map((r) => r.values.shipped)).toEqual(['2023-12-31', '2024-12-31', '2023-12-31', '2024-06-30']);
    expect(units.rows[3]!.values.units_k).toBe(9);
  });

  it('names columns under merged group headers "<group> <column>"', async () => {
    const { tables } = await loadDataFolder(dir, 'decks/x/data');
    const capacity = tables.get('market#Capacity')!;
    expect(capacity.columns.map((c) => c.name)).toEqual(['country', 'Solar 2023', 'Solar 2024', 'Wind 2023', 'Wind 2024']);
    expect(capacity.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('answers references into sheets, and places a missing sheet with a did-you-mean', async () => {
    const { tables } = await loadDataFolder(dir, 'decks/x/data');
    const ctx = { tables, lang: 'en' };
    expect(interpolateData('{{ market#Prices[2024].usd | usd }}', at, ctx).text).toBe('$0.11');
    expect(interpolateData('{{ market#Units[vendor="Vendor B", year=2024].units_k }}', at, ctx).text).toBe('9');
    expect(interpolateData('{{ market#Capacity[China]."Solar 2024" | integer }}', at, ctx).text).toBe('887');
    expect(interpolateData('{{ (market#Prices[2024].usd / market#Prices[2023].usd - 1) | signed-percent }}', at, ctx).text).toBe('−27%');
    const typo = interpolateData('{{ market#Pricse[2024].usd }}', at, ctx);
    expect(typo.diagnostics).toMatchObject([{ code: 'SheetNotFound', line: 4, column: 4 }]);
    expect(typo.diagnostics[0]?.hint).toContain('Did you mean "Prices"?');
    expect(interpolateData('{{ market[2024].usd }}', at, ctx).diagnostics).toMatchObject([{ code: 'SheetNotFound' }]);
    const text = interpolateData('{{ market#Units[Vendor A].shipped | usd }}', at, ctx);
    expect(text.diagnostics).toMatchObject([{ code: 'AmbiguousRow' }]);
    const notNumber = interpolateData('{{ market#Units[vendor="Vendor A", year=2023].shipped | usd }}', at, ctx);
    expect(notNumber.diagnostics[0]?.message).toContain('decks/x/data/market.xlsx#Units!D2');
  });

  it('makes a one-sheet workbook a table under its own name too', async () => {
    const parsed = await readDataFile(fixture('solar.xlsx'), 'data/solar.xlsx');
    expect(parsed.tables.map((t) => t.name)).toEqual(['solar#solar', 'solar']);
    const tables = new Map(parsed.tables.map((t) => [t.name, t]));
    expect(interpolateData('{{ solar[2024].solar_gw / solar[2023].solar_gw - 1 | signed-percent }}', at, { tables, lang: 'en' }).text).toBe('+37%');
  });

  it('reports bad header cells and numbers stored as text at their sheet and cell', async () => {
    const { diagnostics, tables } = await readDataFile(fixture('broken.xlsx'), 'data/broken.xlsx').then((r) => ({ ...r, tables: r.tables }));
    expect(diagnostics.map((d) => [d.code, d.severity, d.cell, d.line, d.column])).toEqual([
      ['DataParseError', 'error', 'NoName!B1', 1, 2],
      ['DataParseError', 'error', 'Twice!C1', 1, 3],
      ['NumberStoredAsText', 'warning', 'AsText!B3', 3, 2],
    ]);
    expect(formatDiagnostic(diagnostics[1]!, { source: () => 'binary' })).toMatch(/^data\/broken\.xlsx#Twice!C1 {2}error {2}DataParseError .*"usd" twice/);
    expect(formatDiagnostic(diagnostics[1]!, { source: () => 'binary' })).not.toContain(' | ');
    expect(tables.find((t) => t.name === 'broken#AsText')?.rows.map((r) => r.values.usd)).toEqual([12.5, 13.75, 14]);
  });

  it('says which case a file that is not a readable .xlsx is, with no stack trace', async () => {
    const corrupt = join(dir, 'corrupt.xlsx');
    const bytes = await readFile(fixture('market.xlsx'));
    await writeFile(corrupt, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cases: [string, RegExp][] = [
      [fixture('protected.xlsx'), /password-protected/],
      [fixture('old-format.xlsx'), /old binary \.xls/],
      [fixture('not-a-workbook.xlsx'), /not an \.xlsx workbook/],
      [corrupt, /damaged/],
    ];
    for (const [path, message] of cases) {
      const result = await readDataFile(path, 'data/w.xlsx');
      expect(result.diagnostics).toMatchObject([{ code: 'DataParseError', severity: 'error', file: 'data/w.xlsx', line: 1, column: 1 }]);
      expect(result.diagnostics[0]?.message).toMatch(message);
      expect(result.diagnostics[0]?.message).not.toMatch(/\n\s+at /);
      // Still known by name, so references to it add no "not found" error.
      expect(result.tables).toMatchObject([{ name: basename(path, '.xlsx'), unreadable: true }]);
    }
  });
});
