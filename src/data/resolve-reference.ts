import { diagnose, hasErrors, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { FORMAT_NAMES, FORMATS, formatAccepts, formatValue, isFormatName } from './formats.js';
import { parseNumber } from './infer-column-types.js';
import { exprOffset, type Expr, type Reference } from './reference-syntax.js';
import { resolveCell, type CellLookup, type ResolvedCell } from './resolve-cell.js';
import type { CellValue, DataTable } from './table.js';

export interface ReferenceContext {
  tables: ReadonlyMap<string, DataTable>;
  lang: string;
}

type Place = (offset: number) => SourcePosition;

const PURPOSE = { '+': 'a sum', '-': 'a difference', '*': 'a product', '/': 'a ratio' } as const;

/**
 * Evaluates a parsed reference to its formatted text. `place` turns an offset in the
 * expression into a source position, so each error points at the part that is wrong.
 * `text` is undefined when the reference cannot be shown: a result that is not a
 * finite number (division by zero, overflow) is an error, never NaN or Infinity.
 */
export function resolveReference(
  ref: Reference,
  ctx: ReferenceContext,
  place: Place,
): { text?: string; diagnostics: Diagnostic[] } {
  const lookup: CellLookup = { tables: ctx.tables, place, diagnostics: [] };
  const { diagnostics } = lookup;
  const format = ref.format;
  if (format && !isFormatName(format.text)) {
    const suggestion = closest(format.text, FORMAT_NAMES);
    diagnostics.push(diagnose('UnknownFormat', place(format.offset), { format: format.text, known: FORMAT_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) }));
  }
  // A lone cell may hold text or a date; only arithmetic needs numbers.
  const single = ref.expr.kind === 'cell' ? resolveCell(ref.expr, lookup) : undefined;
  let value: CellValue | undefined;
  if (ref.expr.kind === 'cell') value = single?.value;
  else value = evaluate(ref.expr, lookup);
  if (value === undefined || hasErrors(diagnostics)) return { diagnostics };

  if (value === null) {
    diagnostics.push(diagnose('EmptyCell', place(exprOffset(ref.expr)), { at: single?.source.at ?? '', column: single?.source.column ?? '' }));
    return { text: '', diagnostics };
  }
  // A number in a column typed text (another cell holds "n/a") still counts as a number here.
  if (format && FORMATS[format.text as keyof typeof FORMATS]?.accepts === 'number' && typeof value === 'string') value = parseNumber(value) ?? value;
  if (format && !formatAccepts(value, format.text)) {
    const accepts = FORMATS[format.text as keyof typeof FORMATS].accepts;
    if (accepts === 'number') numberOf(single, value, `the "${format.text}" format`, place(exprOffset(ref.expr)), diagnostics);
    else diagnostics.push(diagnose('NotADate', place(exprOffset(ref.expr)), { value: String(value ?? ''), at: single?.source.at ?? '', column: single?.source.column ?? '', purpose: `the "${format.text}" format` }));
    return { diagnostics };
  }
  return { text: formatValue(value, format?.text, ctx.lang, single?.column), diagnostics };
}

/** The number an arithmetic expression gives, or undefined after reporting where it fails. */
function evaluate(expr: Expr, lookup: CellLookup, purpose = 'arithmetic'): number | undefined {
  const at = lookup.place(exprOffset(expr));
  switch (expr.kind) {
    case 'number':
      return finite(expr.value, expr, lookup);
    case 'cell': {
      const cell = resolveCell(expr, lookup);
      return cell ? numberOf(cell, cell.value, purpose, at, lookup.diagnostics) : undefined;
    }
    case 'negate': {
      const value = evaluate(expr.operand, lookup, 'a negative value');
      return value === undefined ? undefined : -value;
    }
    case 'binary': {
      const left = evaluate(expr.left, lookup, PURPOSE[expr.op]);
      const right = evaluate(expr.right, lookup, PURPOSE[expr.op]);
      if (left === undefined || right === undefined) return undefined;
      if (expr.op === '/' && right === 0) {
        const divisor = expr.right.kind === 'cell' ? ` (${describeCell(expr.right, lookup)})` : '';
        lookup.diagnostics.push(diagnose('ArithmeticError', lookup.place(exprOffset(expr.right)), { detail: `the divisor${divisor} is 0` }));
        return undefined;
      }
      const result = expr.op === '+' ? left + right : expr.op === '-' ? left - right : expr.op === '*' ? left * right : left / right;
      return finite(result, expr, lookup);
    }
  }
}

/** Infinity is no number to show: a result too large for a double is an error at its operator. */
function finite(value: number, expr: Expr, lookup: CellLookup): number | undefined {
  if (Number.isFinite(value)) return value;
  lookup.diagnostics.push(diagnose('ArithmeticError', lookup.place(expr.offset), { detail: 'the result is too large to be a number' }));
  return undefined;
}

function describeCell(expr: Extract<Expr, { kind: 'cell' }>, lookup: CellLookup): string {
  // Resolved already without errors, so this second lookup only reads its location.
  const cell = resolveCell(expr, { ...lookup, diagnostics: [] });
  return cell?.source.at ?? expr.file.text;
}

function numberOf(cell: ResolvedCell | undefined, value: CellValue, purpose: string, at: SourcePosition, diagnostics: Diagnostic[]): number | undefined {
  const number = parseNumber(value);
  if (number !== undefined) return number;
  diagnostics.push(diagnose('NotANumber', at, { value: String(value ?? ''), at: cell?.source.at ?? '', column: cell?.source.column ?? '', purpose }));
  return undefined;
}
