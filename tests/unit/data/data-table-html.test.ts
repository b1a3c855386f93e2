import { describe, expect, it } from 'vitest';
import { renderDataTable } from '../../../src/data/data-table-html.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';

const table = parseDataFile('model,released,months_after_af3,cost_usd\nAlphaFold 3,May 2024,0,1200000\n"Chai-1 <beta>",Sep 2024,4,n/a\n', 'data/af3.csv').table!;
const locate = (path: (string | number)[]) => ({ file: 'sections/02.md', line: 20 + (typeof path[2] === 'number' ? path[2] : 0), column: path[3] === 'format' ? 40 : 7 });

describe('renderDataTable', () => {
  it('renders every column with headers from the column names, escaping text', () => {
    const { html, diagnostics } = renderDataTable({ data: 'af3.csv' }, table, 'en', locate);
    expect(diagnostics).toEqual([]);
    expect(html).toContain('<thead><tr><th>model</th><th>released</th><th class="num">months after af3</th><th>cost usd</th></tr></thead>');
    expect(html).toContain('<td>Chai-1 &lt;beta&gt;</td>');
    expect(html).toMatch(/^<table class="data-table">/);
  });

  it('renders the listed columns with labels and formats, numbers right-aligned', () => {
    const { html } = renderDataTable({ data: 'af3', columns: ['model', { name: 'months_after_af3', label: 'Months after AF3', format: 'integer' }] }, table, 'en', locate);
    expect(html).toBe('<table class="data-table"><thead><tr><th>model</th><th class="num">Months after AF3</th></tr></thead><tbody><tr><td>AlphaFold 3</td><td class="num">0</td></tr><tr><td>Chai-1 &lt;beta&gt;</td><td class="num">4</td></tr></tbody></table>');
  });

  it('formats in the deck language and highlights rows by key', () => {
    const { html } = renderDataTable({ data: 'af3', columns: [{ name: 'months_after_af3', format: 'decimal1' }], highlight: 'AlphaFold 3' }, table, 'zh-Hant', locate);
    expect(html).toContain('<tr class="highlight"><td class="num">0.0</td></tr><tr><td class="num">4.0</td></tr>');
  });

  it('reports an unknown column at its list item, and a format that cannot show a value at the format', () => {
    const unknown = renderDataTable({ data: 'af3', columns: ['model', { name: 'month_after_af3' }] }, table, 'en', locate);
    expect(unknown.html).toBe('');
    expect(unknown.diagnostics).toMatchObject([{ code: 'UnknownColumn', line: 21, column: 7 }]);
    expect(unknown.diagnostics[0]?.hint).toContain('Did you mean "months_after_af3"?');
    const bad = renderDataTable({ data: 'af3', columns: [{ name: 'cost_usd', format: 'usd' }] }, table, 'en', locate);
    expect(bad.diagnostics).toMatchObject([{ code: 'NotANumber', line: 20, column: 40 }]);
    expect(bad.diagnostics[0]?.message).toContain('"n/a" at data/af3.csv:3');
    expect(renderDataTable({ data: 'af3', columns: [{ name: 'model', format: 'usd-compcat' }] }, table, 'en', locate).diagnostics).toMatchObject([{ code: 'UnknownFormat' }]);
  });
});
