import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../../src/diagnostics/diagnostic.js';
import { interpolateData } from '../../../src/data/interpolate.js';
import { loadDataFolder } from '../../../src/load/parse-data-file.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));

describe('loadDataFolder on fixture decks', () => {
  it('reads CSV (BOM, CRLF, quoted newlines), YAML records and tables, and JSON', async () => {
    const { tables, diagnostics } = await loadDataFolder(`${fixture('data-files')}data`, 'decks/x/data');
    expect(diagnostics).toEqual([]);
    expect([...tables.keys()].sort()).toEqual(['facts', 'models', 'openai-revenue', 'users']);
    const revenue = tables.get('openai-revenue')!;
    expect(revenue.columns.map((c) => c.name)).toEqual(['year', 'revenue_usd', 'note']);
    expect(revenue.rows.map((r) => [r.line, r.values.note])).toEqual([
      [2, 'Actual, audited'],
      [3, 'Two-line\nnote'],
      [5, 'Expected "base case"'],
    ]);
    expect(tables.get('facts')?.record?.report_slides).toEqual({ value: 212, line: 2 });
    const ctx = { tables, lang: 'en' };
    const at = { file: 'decks/x/sections/01.md', line: 3, column: 1 };
    expect(interpolateData('{{ facts.report_slides | integer }} slides; {{ models["Claude 3 Opus"].mmlu }}; {{ users[2024].users_m - users[2023].users_m }}', at, ctx).text).toBe('212 slides; 86.8; 80');
  });

  it('reports every broken file at the line (and column) of the problem', async () => {
    const { diagnostics, tables } = await loadDataFolder(`${fixture('data-broken')}data`, 'decks/x/data');
    const expected = JSON.parse(await readFile(`${fixture('data-broken')}expected-diagnostics.json`, 'utf8')) as unknown[];
    expect(sortDiagnostics(diagnostics).map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual(expected);
    // Unparseable files are still known by name, so references to them add no second error.
    expect(tables.get('open-quote')?.unreadable).toBe(true);
  });
});
