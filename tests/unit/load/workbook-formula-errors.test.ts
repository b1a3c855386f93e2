import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { readDataFile } from '../../../src/load/load-data-folder.js';
import { findErrorCells, mayHideErrors } from '../../../src/load/workbook-error-cells.js';

// A LibreOffice Calc workbook whose formulas fail (see tests/fixtures/workbooks/README.md).
const fixture = fileURLToPath(new URL('../../fixtures/workbooks/formula-errors.xlsx', import.meta.url));

describe('formula error cells in workbooks', () => {
  it('finds every error cell of every sheet with its value, as Calc saved it', async () => {
    const { readFile } = await import('node:fs/promises');
    const found = await findErrorCells(await readFile(fixture));
    expect(Object.fromEntries(found)).toEqual({
      Revenue: [
        { row: 2, column: 2, error: '#DIV/0!' },
        { row: 2, column: 3, error: '#N/A' },
        { row: 2, column: 5, error: '#DIV/0!' },
        { row: 3, column: 3, error: '#VALUE!' },
      ],
      BadHeader: [{ row: 0, column: 1, error: '#REF!' }],
    });
  });

  it('reports the first error cell of each table column as an error at its sheet and cell, with the count of the others', async () => {
    const { diagnostics, tables } = await readDataFile(fixture, 'data/formula-errors.xlsx');
    expect(diagnostics.map((d) => [d.code, d.severity, d.cell, d.line, d.column])).toEqual([
      ['FormulaErrorCell', 'error', 'Revenue!C3', 3, 3],
      ['FormulaErrorCell', 'error', 'Revenue!D3', 3, 4],
      ['FormulaErrorCell', 'error', 'BadHeader!B1', 1, 2],
    ]);
    const [growth, share, header] = diagnostics;
    expect(formatDiagnostic(growth!)).toMatch(/^data\/formula-errors\.xlsx#Revenue!C3 {2}error {2}FormulaErrorCell {2}Cell data\/formula-errors\.xlsx#Revenue!C3 \(column growth\) holds the formula error #DIV\/0!, which would read as an empty cell\./);
    expect(growth!.hint).toBe('Fix the formula in the workbook (#DIV/0!: it divides by zero or by an empty cell), or leave the cell empty if there is no value.');
    expect(share!.message).toContain('#N/A, which would read as an empty cell. 1 more cell below it in the column holds an error too.');
    // The failed header cell is reported as what it is, not as a column without a name.
    expect(header!.message).toContain('holds the formula error #REF!');
    expect(tables.find((t) => t.name === 'formula-errors#BadHeader')?.unreadable).toBe(true);
    // Column F lies outside the table (its header is empty) and nothing reads it.
    expect(diagnostics.some((d) => d.cell === 'Revenue!F3')).toBe(false);
    expect(tables.find((t) => t.name === 'formula-errors#Clean')?.rows).toHaveLength(1);
  });

  it('places cells that leave out their reference, and ignores the same bytes outside a cell tag', async () => {
    const sheet = '<worksheet><sheetData><row r="5"><c t="n"><v>1</v></c><c t="inlineStr"><is><t> t="e"</t></is></c><c t="e"><v>#NAME?</v></c></row></sheetData></worksheet>';
    const bytes = Buffer.from(
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:rel="x"><sheets><sheet name="R&amp;D" sheetId="1" rel:id="a1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="a1" Target="/xl/worksheets/data.xml"/></Relationships>'),
        // One entry stored, one deflated: workbooks carry both.
        'xl/worksheets/data.xml': [strToU8(sheet), { level: 0 }],
      }),
    );
    expect(Object.fromEntries(await findErrorCells(bytes))).toEqual({ 'R&D': [{ row: 4, column: 2, error: '#NAME?' }] });
  });

  it('searches a sheet only where read-excel-file could have hidden an error: an empty cell, or rows or columns past those it kept', () => {
    const dense = [['year', 'revenue'], [2023, 1.5], [2024, 2]];
    expect(mayHideErrors(dense, { rows: 3, columns: 2 })).toBe(false);
    expect(mayHideErrors([['year', 'revenue'], [2023, null]], { rows: 2, columns: 2 })).toBe(true);
    // A last row, or a last column, of errors only is dropped as empty: the sheet's dimension still counts it.
    expect(mayHideErrors(dense, { rows: 4, columns: 2 })).toBe(true);
    expect(mayHideErrors(dense, { rows: 3, columns: 3 })).toBe(true);
    // No dimension (or one that names a single cell): nothing tells, so the sheet is searched.
    expect(mayHideErrors(dense, undefined)).toBe(true);
  });

  it('reads a sheet\'s dimension from the start of its XML, so a workbook whose sheets are dense is not searched, and one with errors is', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(fixture);
    const asked: [string, { rows: number; columns: number } | undefined][] = [];
    const found = await findErrorCells(bytes, (sheet, dimension) => (asked.push([sheet, dimension]), false));
    expect(found.size).toBe(0);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every(([, dimension]) => dimension !== undefined && dimension.rows > 0 && dimension.columns > 0)).toBe(true);
    expect((await findErrorCells(bytes, () => true)).size).toBeGreaterThan(0);
  });
});
