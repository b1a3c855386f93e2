import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closestName, listNames } from './closest-name.js';
import type { DataColumn, DataRow, DataTable } from './table.js';

/** `openai-revenue.csv` and `openai-revenue` both name the table keyed `openai-revenue`. */
export function dataName(reference: string): string {
  return reference.trim().replace(/\.(csv|json|ya?ml)$/i, '');
}

/** The table a chart, table or reference names, or a DataFileNotFound diagnostic placed at `at`. */
export function findTable(
  reference: string,
  tables: ReadonlyMap<string, DataTable>,
  at: SourcePosition,
): { table?: DataTable; diagnostics: Diagnostic[] } {
  const name = dataName(reference);
  const table = tables.get(name);
  if (table) return { table, diagnostics: [] };
  const known = [...tables.keys()].sort();
  const suggestion = closestName(name, known);
  return {
    diagnostics: [diagnose('DataFileNotFound', at, { name, known: listNames(known), ...(suggestion ? { suggestion } : {}) })],
  };
}

/** A column by name, or an UnknownColumn diagnostic naming the closest existing column. */
export function findColumn(
  table: DataTable,
  name: string,
  at: SourcePosition,
): { column?: DataColumn; diagnostics: Diagnostic[] } {
  const column = table.columns.find((c) => c.name === name);
  if (column) return { column, diagnostics: [] };
  const known = table.columns.map((c) => c.name);
  const suggestion = closestName(name, known);
  return {
    diagnostics: [
      diagnose('UnknownColumn', at, { column: name, file: table.file, known: listNames(known), ...(suggestion ? { suggestion } : {}) }),
    ],
  };
}

/** Whether a cell equals a row key as written in a reference: 2024 matches 2024 and "2024". */
export function keyMatches(value: unknown, key: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return String(value) === key || (key.trim() !== '' && Number(key) === value);
  return String(value) === key;
}

/** The row whose first (key) column equals `key`, or an UnknownRow diagnostic (a warning when several match). */
export function findRow(table: DataTable, key: string, at: SourcePosition): { row?: DataRow; diagnostics: Diagnostic[] } {
  const keyColumn = table.columns[0]?.name ?? '';
  const rows = table.rows.filter((r) => keyMatches(r.values[keyColumn], key));
  const row = rows[0];
  if (row && rows.length > 1) {
    return { row, diagnostics: [diagnose('AmbiguousRow', at, { key, file: table.file, lines: rows.map((r) => r.line).join(', ') })] };
  }
  if (row) return { row, diagnostics: [] };
  const known = table.rows.map((r) => String(r.values[keyColumn] ?? '')).filter((k) => k !== '');
  const suggestion = closestName(key, known);
  return {
    diagnostics: [
      diagnose('UnknownRow', at, { key, file: table.file, keyColumn, known: listNames(known), ...(suggestion ? { suggestion } : {}) }),
    ],
  };
}
