import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest, listNames } from '../diagnostics/suggest.js';
import { findColumn, keyMatches } from './find-table.js';
import type { RowKey } from './reference-syntax.js';
import { rowNumber, type DataRow, type DataTable } from './table.js';

/** One resolved `column=value` condition. */
export interface RowCondition {
  column: string;
  value: string;
}

type Place = (offset: number) => SourcePosition;

/**
 * The conditions a row key states, with every named column checked: `[2024]` tests
 * the first (key) column, `[vendor="Vendor B", year=2024]` the columns it names.
 */
export function rowConditions(table: DataTable, keys: readonly RowKey[], place: Place): { conditions?: RowCondition[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const conditions: RowCondition[] = [];
  for (const key of keys) {
    if (!key.column) {
      conditions.push({ column: table.columns[0]?.name ?? '', value: key.value.text });
      continue;
    }
    const found = findColumn(table, key.column.text, place(key.column.offset));
    diagnostics.push(...found.diagnostics);
    if (found.column) conditions.push({ column: found.column.name, value: key.value.text });
  }
  return diagnostics.length > 0 ? { diagnostics } : { conditions, diagnostics };
}

export function rowMatches(row: DataRow, conditions: readonly RowCondition[]): boolean {
  return conditions.every((c) => keyMatches(row.values[c.column], c.value));
}

/**
 * The one row matching every key. None, or several, is an error at the key naming
 * the file, the keys and the nearest rows (or, for several, a column to add as a key).
 */
export function findRow(table: DataTable, keys: readonly RowKey[], place: Place): { row?: DataRow; diagnostics: Diagnostic[] } {
  const resolved = rowConditions(table, keys, place);
  if (!resolved.conditions) return { diagnostics: resolved.diagnostics };
  const conditions = resolved.conditions;
  const at = place(keys[0]!.column?.offset ?? keys[0]!.value.offset);
  const rows = table.rows.filter((r) => rowMatches(r, conditions));
  if (rows.length === 1) return { row: rows[0]!, diagnostics: [] };
  const stated = keysText(conditions, keys.length === 1 && !keys[0]!.column);
  if (rows.length > 1) {
    return { diagnostics: [diagnose('AmbiguousRow', at, { keys: stated, file: table.file, rows: rows.length, lines: listNames(rows.map((r) => locate(table, r))), fix: addKeyHint(table, rows, conditions) })] };
  }
  if (keys.length === 1 && !keys[0]!.column) {
    const keyColumn = conditions[0]!.column;
    const known = table.rows.map((r) => String(r.values[keyColumn] ?? '')).filter((k) => k !== '');
    const suggestion = closest(conditions[0]!.value, known);
    return { diagnostics: [diagnose('UnknownRow', at, { key: conditions[0]!.value, file: table.file, keyColumn, known: listNames([...new Set(known)]), ...(suggestion ? { suggestion } : {}) })] };
  }
  return { diagnostics: [diagnose('NoMatchingRow', at, { keys: stated, file: table.file, nearest: nearestRows(table, conditions) })] };
}

/** `vendor="Vendor B", year=2024`, or `"2024"` for a bare key. */
function keysText(conditions: readonly RowCondition[], bare: boolean): string {
  return bare ? `"${conditions[0]!.value}"` : conditions.map((c) => `${c.column}="${c.value}"`).join(', ');
}

function locate(table: DataTable, row: DataRow): string {
  return rowNumber(table, row.line);
}

/** Up to three rows matching the most conditions, shown with the values they hold. */
function nearestRows(table: DataTable, conditions: readonly RowCondition[]): string {
  const scored = table.rows
    .map((row) => ({ row, score: conditions.filter((c) => keyMatches(row.values[c.column], c.value)).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  if (scored.length === 0) return 'no row matches any of the keys';
  return scored.map(({ row }) => `${locate(table, row)} (${conditions.map((c) => `${c.column}=${String(row.values[c.column] ?? '')}`).join(', ')})`).join('; ');
}

/** A column whose values tell the matched rows apart, written as the key to add. */
function addKeyHint(table: DataTable, rows: readonly DataRow[], conditions: readonly RowCondition[]): string {
  const used = new Set(conditions.map((c) => c.column));
  const telling = table.columns.find((c) => !used.has(c.name) && new Set(rows.map((r) => String(r.values[c.name]))).size === rows.length);
  const current = conditions.map((c) => `${c.column}="${c.value}"`);
  if (!telling) return `Add a key to pick one row: [${current.join(', ')}, <column>=<value>].`;
  const value = rows[0]!.values[telling.name];
  const written = typeof value === 'number' ? String(value) : `"${String(value)}"`;
  return `Add a key to pick one row, e.g. [${[...current, `${telling.name}=${written}`].join(', ')}].`;
}
