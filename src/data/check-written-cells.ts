import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { impossibleDateReason, isCalendarDate, looksLikeIsoDate } from './calendar-date.js';
import { FORMULA_ERROR_MEANINGS } from './formula-errors.js';

/** A cell of a data file as read, with where it is written. */
export interface WrittenCell {
  value: unknown;
  /** The column's name (or the key, in a key-value file). */
  name: string;
  at: () => { line: number; column: number };
}

/**
 * The checks of every cell of a CSV, JSON or YAML data file, as written:
 * - a date that is not in the calendar (2020-02-30, which JavaScript rolls over to March 1st);
 * - a spreadsheet's formula error saved as text (#DIV/0!, #N/A), which a slide would show
 *   as if it were the figure: one error per column, at its first such cell, with how many
 *   more the column has, as for a workbook's error cells (load/sheet-table.ts).
 */
export function checkWrittenCells(file: string, cells: Iterable<WrittenCell>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const formulaErrors = new Map<string, { cell: WrittenCell; error: string; count: number }>();
  for (const cell of cells) {
    const { value } = cell;
    if (typeof value !== 'string') continue;
    if (looksLikeIsoDate(value) && !isCalendarDate(value)) {
      found.push(diagnose('ImpossibleDate', { file, ...cell.at() }, { value: value.trim(), reason: impossibleDateReason(value), where: `column ${cell.name}` }));
    }
    const error = value.includes('#') ? value.trim() : '';
    if (!Object.hasOwn(FORMULA_ERROR_MEANINGS, error)) continue;
    const first = formulaErrors.get(cell.name);
    if (first) first.count++;
    else formulaErrors.set(cell.name, { cell, error, count: 1 });
  }
  for (const { cell, error, count } of formulaErrors.values()) {
    const at = cell.at();
    found.push(diagnose('FormulaErrorCell', { file, ...at }, { error, at: `${file}:${at.line}`, column: cell.name, more: count - 1, meaning: FORMULA_ERROR_MEANINGS[error], asText: true }));
  }
  return found;
}
