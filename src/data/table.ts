/** A cell after type inference: numbers are numbers, dates stay ISO strings, empty cells are null. */
export type CellValue = string | number | null;

export type ColumnType = 'number' | 'date' | 'text';

export interface DataColumn {
  name: string;
  type: ColumnType;
}

/** One record, with the 1-based line of the data file where it starts (for error messages). */
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

/** "data/x.csv:4": where a row lives, for messages that blame the data file. */
export function rowLocation(table: DataTable, line: number): string {
  return `${table.file}:${line}`;
}
