import { diagnose, hasErrors, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closestName, listNames } from './closest-name.js';
import { findColumn, findRow, findTable } from './find-table.js';
import { FORMAT_NAMES, FORMATS, formatAccepts, formatValue, isFormatName } from './formats.js';
import { parseNumber } from './infer-column-types.js';
import type { Operand, Reference } from './reference-syntax.js';
import { rowLocation, type CellValue, type DataTable } from './table.js';

export interface ReferenceContext {
  tables: ReadonlyMap<string, DataTable>;
  lang: string;
}

/** A resolved operand: its value and, for a cell, where it lives ("data/x.csv:4", column). */
interface Resolved {
  value: CellValue;
  source?: { at: string; column: string };
}

type Place = (offset: number) => SourcePosition;

/**
 * Evaluates a parsed reference to its formatted text. `place` turns an offset in the
 * expression into a source position, so each error points at the part that is wrong.
 * `text` is undefined when the reference cannot be shown.
 */
export function resolveReference(
  ref: Reference,
  ctx: ReferenceContext,
  place: Place,
): { text?: string; diagnostics: Diagnostic[]; uses: string[] } {
  const diagnostics: Diagnostic[] = [];
  const uses: string[] = [];
  const format = ref.format;
  if (format && !isFormatName(format.text)) {
    const suggestion = closestName(format.text, FORMAT_NAMES);
    diagnostics.push(diagnose('UnknownFormat', place(format.offset), { format: format.text, known: FORMAT_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  const left = resolveOperand(ref.left, ctx, place, diagnostics, uses);
  const right = ref.right ? resolveOperand(ref.right, ctx, place, diagnostics, uses) : undefined;
  if (!left || (ref.right && !right) || hasErrors(diagnostics)) return { diagnostics, uses };

  let value: CellValue = left.value;
  if (ref.op && right) {
    const purpose = ref.op.symbol === '/' ? 'a ratio' : 'a difference';
    const a = numberOf(left, purpose, place(operandOffset(ref.left)), diagnostics);
    const b = numberOf(right, purpose, place(operandOffset(ref.right!)), diagnostics);
    if (a === undefined || b === undefined) return { diagnostics, uses };
    if (ref.op.symbol === '/' && b === 0) {
      diagnostics.push(diagnose('BadReference', place(operandOffset(ref.right!)), { detail: `the divisor${right.source ? ` at ${right.source.at}` : ''} is 0` }));
      return { diagnostics, uses };
    }
    value = ref.op.symbol === '/' ? a / b : a - b;
  }
  if (value === null) {
    const at = place(operandOffset(ref.left));
    diagnostics.push(diagnose('EmptyCell', at, { at: left.source?.at ?? '', column: left.source?.column ?? '' }));
    return { text: '', diagnostics, uses };
  }
  // A number in a column typed text (another cell holds "n/a") still counts as a number here.
  if (format && FORMATS[format.text as keyof typeof FORMATS]?.accepts === 'number' && typeof value === 'string') value = parseNumber(value) ?? value;
  if (format && !formatAccepts(value, format.text)) {
    const accepts = FORMATS[format.text as keyof typeof FORMATS].accepts;
    if (accepts === 'number') numberOf(left, `the "${format.text}" format`, place(operandOffset(ref.left)), diagnostics);
    else diagnostics.push(diagnose('BadReference', place(format.offset), { detail: `"${String(value)}" is not a date, so the "${format.text}" format cannot show it`, fix: 'Dates are written as ISO dates in data files: 2024-10-15.' }));
    return { diagnostics, uses };
  }
  return { text: formatValue(value, format?.text, ctx.lang), diagnostics, uses };
}

function operandOffset(operand: Operand): number {
  return operand.kind === 'number' ? operand.offset : operand.file.offset;
}

function numberOf(resolved: Resolved, purpose: string, at: SourcePosition, diagnostics: Diagnostic[]): number | undefined {
  const number = parseNumber(resolved.value);
  if (number !== undefined) return number;
  diagnostics.push(
    diagnose('NotANumber', at, {
      value: String(resolved.value ?? ''),
      at: resolved.source?.at ?? '',
      column: resolved.source?.column ?? '',
      purpose,
    }),
  );
  return undefined;
}

function resolveOperand(operand: Operand, ctx: ReferenceContext, place: Place, diagnostics: Diagnostic[], uses: string[]): Resolved | undefined {
  if (operand.kind === 'number') return { value: operand.value };
  const { file, key, column } = operand;
  if (!uses.includes(file.text)) uses.push(file.text);
  const found = findTable(file.text, ctx.tables, place(file.offset));
  diagnostics.push(...found.diagnostics);
  const table = found.table;
  // An unreadable file already has its parse error; a second error here would be noise.
  if (!table || table.unreadable) return undefined;

  if (table.kind === 'record') {
    if (key) {
      diagnostics.push(diagnose('BadReference', place(key.offset - 1), { detail: `${table.file} is a key-value file, so it has no rows`, fix: `Write {{ ${table.name}.${column.text} }}.` }));
      return undefined;
    }
    const entry = table.record?.[column.text];
    if (!entry) {
      const known = Object.keys(table.record ?? {});
      const suggestion = closestName(column.text, known);
      diagnostics.push(diagnose('UnknownDataKey', place(column.offset), { key: column.text, file: table.file, known: listNames(known), ...(suggestion ? { suggestion } : {}) }));
      return undefined;
    }
    return { value: entry.value, source: { at: rowLocation(table, entry.line), column: column.text } };
  }

  if (!key) {
    const keyColumn = table.columns[0]?.name ?? 'key';
    diagnostics.push(diagnose('BadReference', place(column.offset - 1), { detail: `${table.file} is a table, so a reference names a row`, fix: `Write {{ ${table.name}[<${keyColumn}>].${column.text} }}, e.g. {{ ${table.name}[${String(table.rows[0]?.values[keyColumn] ?? '…')}].${column.text} }}.` }));
    return undefined;
  }
  const row = findRow(table, key.text, place(key.offset));
  const col = findColumn(table, column.text, place(column.offset));
  diagnostics.push(...row.diagnostics, ...col.diagnostics);
  if (!row.row || !col.column) return undefined;
  return { value: row.row.values[col.column.name] ?? null, source: { at: rowLocation(table, row.row.line), column: col.column.name } };
}
