import { isCalendarDate } from './calendar-date.js';
import type { WrittenCell } from './check-written-cells.js';
import type { CellValue, ColumnType, DataColumn, DataRow, DataTable } from './table.js';

/** A record as read from a file, before inference: CSV gives strings, JSON/YAML give scalars. */
export interface RawRow {
  line: number;
  cells: Record<string, unknown>;
  /** Where a cell is written (1-based line and column), asked only for a cell in error. */
  locate?: (column: string) => { line: number; column: number } | undefined;
}

/** Every cell of the rows, with where it is written (the row's line, column 1, when the parser cannot tell). */
export function* writtenCells(rows: readonly RawRow[]): Generator<WrittenCell> {
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.cells)) yield { value, name, at: () => row.locate?.(name) ?? { line: row.line, column: 1 } };
  }
}

// A whole part with a leading zero (02134, 007) is a code (a ZIP code, an id), not a number: as text it keeps its zeros.
const PLAIN_NUMBER = /^[-+]?((0|[1-9]\d*)(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED_NUMBER = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;

/** The number a cell holds, or undefined. "1,234" counts (spreadsheets export it); "62%", "$5" and "007" do not. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}

/** A date that exists in the calendar (an impossible one is reported by the loader: checkWrittenCells). */
export function isIsoDate(raw: unknown): raw is string {
  return typeof raw === 'string' && isCalendarDate(raw);
}

function isEmpty(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** A column is a number or date column only when every non-empty cell is one; otherwise text. */
function inferType(raw: readonly RawRow[], column: string): ColumnType {
  // One pass with early exits: a table may have 100,000 rows per column.
  let numbers = true;
  let dates = true;
  let filled = false;
  for (const row of raw) {
    const cell = row.cells[column];
    if (isEmpty(cell)) continue;
    filled = true;
    numbers &&= parseNumber(cell) !== undefined;
    dates &&= isIsoDate(cell);
    if (!numbers && !dates) return 'text';
  }
  if (!filled) return 'text';
  return numbers ? 'number' : 'date';
}

function isYear(value: CellValue): boolean {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value < 3000);
}

function convert(raw: unknown, type: ColumnType): CellValue {
  if (isEmpty(raw)) return null;
  if (type === 'number') return parseNumber(raw) ?? null;
  if (typeof raw === 'string') return type === 'date' ? raw.trim() : raw;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

/** Builds a typed table from raw records; `columnNames` fixes the column order (the first is the key). */
export function buildTable(name: string, file: string, columnNames: string[], raw: RawRow[]): DataTable {
  const columns: DataColumn[] = columnNames.map((column) => ({ name: column, type: inferType(raw, column) }));
  const rows: DataRow[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const { line, cells } = raw[i]!;
    const values: Record<string, CellValue> = {};
    for (const column of columns) {
      const value = convert(cells[column.name], column.type);
      // Assigned, a column named __proto__ would set the row's prototype instead. (A prototype-free object for every row cost 30 ms per 100,000 rows.)
      if (column.name === '__proto__') Object.defineProperty(values, column.name, { value, enumerable: true, writable: true, configurable: true });
      else values[column.name] = value;
    }
    rows[i] = { line, values };
  }
  for (const column of columns) if (column.type === 'number' && rows.every((row) => isYear(row.values[column.name] ?? null))) column.years = true;
  return { name, file, kind: 'table', columns, rows };
}

/** Builds a key-value table: a `record` map plus the same pairs as (key, value) rows. */
export function buildRecord(name: string, file: string, entries: { key: string; value: unknown; line: number }[]): DataTable {
  const record: NonNullable<DataTable['record']> = {};
  for (const entry of entries) {
    const number = parseNumber(entry.value);
    const value = number ?? convert(entry.value, 'text');
    record[entry.key] = { value, line: entry.line };
  }
  const table = buildTable(
    name,
    file,
    ['key', 'value'],
    entries.map((e) => ({ line: e.line, cells: { key: e.key, value: e.value } })),
  );
  return { ...table, kind: 'record', record };
}
