import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest, listNames } from '../diagnostics/suggest.js';
import type { DataColumn, DataTable } from './table.js';

/** `openai-revenue.csv` and `openai-revenue` both name the table keyed `openai-revenue`; `market.xlsx#Prices` names `market#Prices`. */
export function dataName(reference: string): string {
  return reference.trim().replace(/\.(csv|json|ya?ml|xlsx)(?=#|$)/i, '');
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
  // A workbook that could not be read has its error already; its sheets stay quiet.
  const workbook = tables.get(name.split('#')[0]!);
  if (workbook?.unreadable) return { table: workbook, diagnostics: [] };
  const sheetProblem = missingSheet(name, tables, at);
  if (sheetProblem) return { diagnostics: [sheetProblem] };
  const known = [...tables.keys()].sort();
  const suggestion = closest(name, known);
  return {
    diagnostics: [diagnose('DataFileNotFound', at, { name, known: listNames(known), ...(suggestion ? { suggestion } : {}) })],
  };
}

/** A SheetNotFound diagnostic when `name` is a workbook (market) or a sheet of one (market#Pricse) that does not exist. */
function missingSheet(name: string, tables: ReadonlyMap<string, DataTable>, at: SourcePosition): Diagnostic | undefined {
  const hash = name.indexOf('#');
  const book = hash < 0 ? name : name.slice(0, hash);
  const sheets = [...tables.values()].filter((t) => t.sheet !== undefined && t.name === `${book}#${t.sheet}`);
  if (sheets.length === 0) return undefined;
  const sheet = hash < 0 ? '' : name.slice(hash + 1);
  const known = sheets.map((t) => t.sheet!);
  const suggestion = sheet ? closest(sheet, known) : undefined;
  return diagnose('SheetNotFound', at, { sheet, file: sheets[0]!.file, known: listNames(known), ...(suggestion ? { suggestion } : {}) });
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
  const suggestion = closest(name, known);
  return {
    diagnostics: [
      diagnose('UnknownColumn', at, { column: name, file: table.file, known: listNames(known), ...(suggestion ? { suggestion } : {}) }),
    ],
  };
}

/**
 * Whether a cell equals a row key as written in a reference: 2024 matches 2024 and "2024".
 * A code written with leading zeros (02134) matches 2134 too: YAML reads an unquoted
 * `highlight: 02134` as that number.
 */
export function keyMatches(value: unknown, key: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return String(value) === key || (key.trim() !== '' && Number(key) === value);
  const text = String(value);
  return text === key || (/^0\d+$/.test(text) && /^\d+$/.test(key) && Number(text) === Number(key));
}
