import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest, listNames } from '../diagnostics/suggest.js';
import { findRow } from './find-row.js';
import { findColumn, findTable } from './find-table.js';
import type { Expr } from './reference-syntax.js';
import { rowLocation, type CellValue, type DataColumn, type DataTable } from './table.js';

/** A cell's value and where it lives ("data/x.csv:4" or "data/m.xlsx#Prices!B4"), for messages. */
export interface ResolvedCell {
  value: CellValue;
  source: { at: string; column: string };
  /** The table column it is in (none in a key-value file). */
  column?: DataColumn;
}

export interface CellLookup {
  tables: ReadonlyMap<string, DataTable>;
  place: (offset: number) => SourcePosition;
  diagnostics: Diagnostic[];
}

/**
 * The value one `file[keys].column` (or `file.key`) names, or undefined after
 * reporting why not at the part of the reference that is wrong.
 */
export function resolveCell(cell: Extract<Expr, { kind: 'cell' }>, lookup: CellLookup): ResolvedCell | undefined {
  const { place, diagnostics } = lookup;
  const { file, keys, column } = cell;
  const found = findTable(file.text, lookup.tables, place(file.offset));
  diagnostics.push(...found.diagnostics);
  const table = found.table;
  // An unreadable file already has its parse error; a second error here would be noise.
  if (!table || table.unreadable) return undefined;

  if (table.kind === 'record') {
    if (keys) {
      diagnostics.push(diagnose('BadReference', place(file.offset + file.text.length), { detail: `${table.file} is a key-value file, so it has no rows`, fix: `Write {{ ${table.name}.${column.text} }}.` }));
      return undefined;
    }
    const entry = table.record?.[column.text];
    if (!entry) {
      const known = Object.keys(table.record ?? {});
      const suggestion = closest(column.text, known);
      diagnostics.push(diagnose('UnknownDataKey', place(column.offset), { key: column.text, file: table.file, known: listNames(known), ...(suggestion ? { suggestion } : {}) }));
      return undefined;
    }
    return { value: entry.value, source: { at: rowLocation(table, entry.line), column: column.text } };
  }

  if (!keys) {
    const keyColumn = table.columns[0]?.name ?? 'key';
    diagnostics.push(diagnose('BadReference', place(column.offset - 1), { detail: `${table.file} is a table, so a reference names a row`, fix: `Write {{ ${table.name}[<${keyColumn}>].${column.text} }}, e.g. {{ ${table.name}[${String(table.rows[0]?.values[keyColumn] ?? '…')}].${column.text} }}.` }));
    return undefined;
  }
  const row = findRow(table, keys, place);
  const col = findColumn(table, column.text, place(column.offset));
  diagnostics.push(...row.diagnostics, ...col.diagnostics);
  if (!row.row || !col.column) return undefined;
  return { value: row.row.values[col.column.name] ?? null, source: { at: rowLocation(table, row.row.line, col.column.name), column: col.column.name }, column: col.column };
}
