/** A cell after type inference: numbers are numbers, dates stay ISO strings, empty cells are null. */
export type CellValue = string | number | null;

export type ColumnType = 'number' | 'date' | 'text';

export interface DataColumn {
  name: string;
  type: ColumnType;
  /** In a workbook sheet: the column's letters (B), so messages can name a cell. */
  letter?: string;
  /** A number column of years (every value a whole number from 1000 to 2999): without a format, 2024 and not 2,024. */
  years?: true;
}

/** One record, with the 1-based line of the data file where it starts, or its sheet row (for error messages). */
export interface DataRow {
  line: number;
  values: Record<string, CellValue>;
}

/**
 * One data file. A 'table' is rows × columns, found by the first (key) column;
 * a 'record' is a key-value file (`report_slides: 212`), read as `{{ facts.report_slides }}`.
 * A record is also exposed as a two-column table (key, value) so tables and charts can show it.
 */
export interface DataTable {
  /** File stem: the name references use (`openai-revenue` for data/openai-revenue.csv). */
  name: string;
  /** Path shown in messages, e.g. `decks/ai/data/openai-revenue.csv`. */
  file: string;
  /** The sheet, for a table read from a workbook (data/market.xlsx#Prices). */
  sheet?: string;
  kind: 'table' | 'record';
  columns: DataColumn[];
  rows: DataRow[];
  record?: Record<string, { value: CellValue; line: number }>;
  /**
   * Set when the file could not be parsed. The parse error is already reported at the
   * file, so references to it stay quiet instead of piling up a second error each.
   */
  unreadable?: true;
}

/**
 * Where a row (or one of its cells) lives, for messages that blame the data file:
 * "data/x.csv:4", or in a workbook "data/market.xlsx#Prices!B4" ("…#Prices row 4" without a column).
 */
export function rowLocation(table: DataTable, line: number, column?: string): string {
  if (table.sheet === undefined) return `${table.file}:${line}`;
  const letter = table.columns.find((c) => c.name === column)?.letter;
  return letter ? `${table.file}#${table.sheet}!${letter}${line}` : `${table.file}#${table.sheet} row ${line}`;
}

/** "line 4" or, in a workbook, "row 4": a row within its own file, for lists of rows. */
export function rowNumber(table: DataTable, line: number): string {
  return `${table.sheet === undefined ? 'line' : 'row'} ${line}`;
}
