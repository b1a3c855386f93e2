import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { buildTable, parseNumber, type RawRow } from '../data/infer-column-types.js';
import type { DataTable } from '../data/table.js';
import type { RawSheet } from './read-workbook.js';
import { findHeader } from './sheet-header.js';

/** "A", "B", … "Z", "AA": a spreadsheet column's letters from its 0-based index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Where a cell is, for diagnostics: its row and column, and "Prices!B3". */
export function cellPosition(file: string, sheet: string, row: number, column: number): SourcePosition {
  return { file, line: row + 1, column: column + 1, cell: `${sheet}!${columnLetters(column)}${row + 1}` };
}

/**
 * One sheet as a table named `<workbook>#<sheet>`: the header (see findHeader), then one
 * row per non-empty sheet row, each remembering its sheet row number. Cells keep their
 * types: numbers, text, dates (as ISO dates), TRUE/FALSE. A header cell that is empty or
 * repeats a name is an error at that cell; a number stored as text is a warning.
 */
export function sheetTable(sheet: RawSheet, workbook: string, file: string): { table: DataTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (row: number, column: number) => cellPosition(file, sheet.name, row, column);
  const name = `${workbook}#${sheet.name}`;
  const empty: DataTable = { name, file, sheet: sheet.name, kind: 'table', columns: [], rows: [] };
  const header = findHeader(sheet.rows);
  if (!header) return { table: empty, diagnostics };

  const seen = new Map<string, number>();
  header.names.forEach((column, c) => {
    if (column === undefined) {
      diagnostics.push(diagnose('DataParseError', at(header.row, c), { file: `${file}#${sheet.name}`, detail: `the header cell ${columnLetters(c)}${header.row + 1} has no name.`, fix: 'Name every column in the header row, or delete the empty column.' }));
    } else if (seen.has(column)) {
      diagnostics.push(diagnose('DataParseError', at(header.row, c), { file: `${file}#${sheet.name}`, detail: `the header names column "${column}" twice (${columnLetters(seen.get(column)!)} and ${columnLetters(c)}).`, fix: 'Give each column its own name: references and charts find columns by name.' }));
    } else seen.set(column, c);
  });
  if (diagnostics.length > 0) return { table: { ...empty, unreadable: true }, diagnostics };

  const names = header.names as string[];
  const raw: RawRow[] = [];
  // A plain loop: a sheet may have 100,000 rows, and this runs once per cell.
  for (let r = header.dataRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const cells: Record<string, unknown> = {};
    let filled = false;
    for (let c = 0; c < names.length; c++) {
      const value = cellValue(row[c]);
      if (value !== null && value !== '') filled = true;
      cells[names[c]!] = value;
    }
    if (filled) raw.push({ line: r + 1, cells });
  }
  const table = buildTable(name, file, names, raw);
  table.sheet = sheet.name;
  table.columns.forEach((column, c) => (column.letter = columnLetters(c)));
  diagnostics.push(...numbersAsText(sheet, names, header.dataRow, table, at));
  return { table, diagnostics };
}

function cellValue(cell: unknown): unknown {
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell ?? null;
}

/** The first text cell per number column that holds a number, as Excel's green triangle would mark it. */
function numbersAsText(sheet: RawSheet, names: string[], dataRow: number, table: DataTable, at: (row: number, column: number) => SourcePosition): Diagnostic[] {
  const out: Diagnostic[] = [];
  names.forEach((column, c) => {
    if (table.columns[c]?.type !== 'number') return;
    for (let r = dataRow; r < sheet.rows.length; r++) {
      const cell = sheet.rows[r]![c];
      if (typeof cell !== 'string' || parseNumber(cell) === undefined) continue;
      out.push(diagnose('NumberStoredAsText', at(r, c), { value: cell, at: `${table.file}#${sheet.name}!${columnLetters(c)}${r + 1}`, column }));
      return;
    }
  });
  return out;
}
