import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { buildTable, parseNumber, type RawRow } from '../data/infer-column-types.js';
import type { DataTable } from '../data/table.js';
import type { RawSheet } from './read-workbook.js';
import { findHeader } from './sheet-header.js';
import { FORMULA_ERROR_MEANINGS } from '../data/formula-errors.js';

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
 * repeats a name is an error at that cell, as is a cell of the table holding a formula
 * error (#DIV/0!); a number stored as text is a warning.
 */
export function sheetTable(sheet: RawSheet, workbook: string, file: string): { table: DataTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (row: number, column: number) => cellPosition(file, sheet.name, row, column);
  const name = `${workbook}#${sheet.name}`;
  const empty: DataTable = { name, file, sheet: sheet.name, kind: 'table', columns: [], rows: [] };
  const header = findHeader(withErrorsShown(sheet));
  if (!header) return { table: empty, diagnostics };

  const seen = new Map<string, number>();
  const failedNames = new Set(sheet.errors?.filter((e) => e.row === header.row).map((e) => e.column));
  header.names.forEach((column, c) => {
    // A failed name formula is reported as such below, even when two fail alike (#REF!, #REF!).
    if (failedNames.has(c)) return;
    if (column === undefined) {
      diagnostics.push(diagnose('DataParseError', at(header.row, c), { file: `${file}#${sheet.name}`, detail: `the header cell ${columnLetters(c)}${header.row + 1} has no name.`, fix: 'Name every column in the header row, or delete the empty column.' }));
    } else if (seen.has(column)) {
      diagnostics.push(diagnose('DataParseError', at(header.row, c), { file: `${file}#${sheet.name}`, detail: `the header names column "${column}" twice (${columnLetters(seen.get(column)!)} and ${columnLetters(c)}).`, fix: 'Give each column its own name: references and charts find columns by name.' }));
    } else seen.set(column, c);
  });
  const cellErrors = formulaErrors(sheet, header.names, header.row, at);
  // A failed formula in the header leaves a column without its name: no table to read.
  if (diagnostics.length > 0 || failedNames.size > 0) return { table: { ...empty, unreadable: true }, diagnostics: [...diagnostics, ...cellErrors] };

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
  diagnostics.push(...cellErrors, ...numbersAsText(sheet, names, header.dataRow, table, at));
  return { table, diagnostics };
}

/**
 * The rows as the header search should see them: a failed formula is a filled cell there
 * (its error text), so a header whose name formula failed is not taken for a title row.
 */
function withErrorsShown(sheet: RawSheet): unknown[][] {
  if (!sheet.errors?.length) return sheet.rows;
  const rows = [...sheet.rows];
  for (const { row, column, error } of sheet.errors) {
    const cells = [...(rows[row] ?? [])];
    cells[column] = error;
    rows[row] = cells;
  }
  // An error in a row past the last one read-excel-file kept (it read that row as empty) leaves holes.
  for (let r = sheet.rows.length; r < rows.length; r++) rows[r] ??= [];
  return rows;
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

/**
 * The first cell per column of the table (header row included) that holds a formula error,
 * with how many more the column has: a column of failed lookups is one message, not thousands.
 */
function formulaErrors(sheet: RawSheet, names: readonly (string | undefined)[], headerRow: number, at: (row: number, column: number) => SourcePosition): Diagnostic[] {
  const byColumn = new Map<number, { row: number; error: string; count: number }>();
  for (const cell of sheet.errors ?? []) {
    // A failed header cell was meant to name a column, wherever it stands in the header row.
    if (cell.row < headerRow || (cell.row > headerRow && cell.column >= names.length)) continue;
    const first = byColumn.get(cell.column);
    if (!first) byColumn.set(cell.column, { row: cell.row, error: cell.error, count: 1 });
    else {
      first.count++;
      if (cell.row < first.row) Object.assign(first, { row: cell.row, error: cell.error });
    }
  }
  return [...byColumn].sort(([a], [b]) => a - b).map(([c, first]) => {
    const place = at(first.row, c);
    const column = first.row === headerRow ? columnLetters(c) : names[c]!;
    return diagnose('FormulaErrorCell', place, { error: first.error, at: `${place.file}#${place.cell}`, column, more: first.count - 1, meaning: FORMULA_ERROR_MEANINGS[first.error] });
  });
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
