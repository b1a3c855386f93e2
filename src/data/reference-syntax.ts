import { tokenize, type Token, type TokenProblem } from './reference-tokens.js';

/**
 * The syntax inside `{{ … }}` (README "Data references" lists it for users):
 *   openai-revenue[2024].revenue_usd | usd-compact     a cell: file[row key].column
 *   stripe-arr["AI SaaS"].months                        a quoted row key
 *   units[vendor="Vendor B", year=2024].units_k         a row found by several columns
 *   market#Prices[2024].usd                             a sheet of a workbook (data/market.xlsx)
 *   facts.report_slides | integer                       a key-value file's entry
 *   (a[2024].x / a[2023].x - 1) | signed-percent        arithmetic: ( ) + - * / and numbers
 * A token-based parser with precedence climbing: * and / bind tighter than + and -,
 * all are left-associative, and a leading - negates. Offsets are relative to the start
 * of the expression, so errors point at the exact part.
 */
export interface Span {
  text: string;
  offset: number;
}

/** One `column=value` of a row key; `column` is absent for the bare key `[2024]` (the first column). */
export interface RowKey {
  column?: Span;
  value: Span;
}

export type Expr =
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'cell'; file: Span; keys?: RowKey[]; column: Span; offset: number }
  | { kind: 'negate'; operand: Expr; offset: number }
  | { kind: 'binary'; op: Operator; left: Expr; right: Expr; offset: number };

export type Operator = '+' | '-' | '*' | '/';

export interface Reference {
  expr: Expr;
  format?: Span;
}

export type SyntaxProblem = TokenProblem;

const PRECEDENCE: Record<Operator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const isOperator = (t: Token): t is Token & { text: Operator } => t.kind === 'symbol' && t.text in PRECEDENCE;

/** Thrown inside the parser only; parseReference returns it. */
class Problem {
  constructor(readonly problem: SyntaxProblem) {}
}

export function parseReference(source: string): Reference | SyntaxProblem {
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) return tokens;
  if (tokens.length === 1) return { detail: 'the reference is empty', offset: tokens[0]!.offset };
  let i = 0;
  const peek = (): Token => tokens[i]!;
  const next = (): Token => tokens[i++]!;
  const fail = (detail: string, offset: number, fix?: string): never => {
    throw new Problem({ detail, offset, ...(fix ? { fix } : {}) });
  };
  const isSymbol = (text: string): boolean => peek().kind === 'symbol' && peek().text === text;
  const describe = (t: Token): string => (t.kind === 'end' ? 'the end' : `"${t.kind === 'string' ? source.slice(t.offset - 1, t.offset + t.text.length + 1) : t.text}"`);

  /** A name, number or quoted text: a file, sheet or column name. */
  const name = (what: string): Span => {
    const t = peek();
    if (t.kind === 'name' || t.kind === 'number' || t.kind === 'string') {
      i++;
      return { text: t.text, offset: t.offset };
    }
    return fail(`expected ${what} at ${describe(t)}`, t.offset);
  };

  /** A key value: quoted text, or bare words up to "," "]" or "=" (kept as written, so [AI SaaS] works). */
  const keyValue = (): Span => {
    const first = peek();
    if (first.kind === 'string') {
      i++;
      return { text: first.text, offset: first.offset };
    }
    let last: Token | undefined;
    while (peek().kind === 'name' || peek().kind === 'number') last = next();
    if (!last) return fail(`expected a row key at ${describe(first)}`, first.offset, 'Quote a key that holds other characters: ["R&D"].');
    return { text: source.slice(first.offset, last.offset + last.text.length), offset: first.offset };
  };

  const rowKeys = (): RowKey[] => {
    const open = next();
    const keys: RowKey[] = [];
    for (;;) {
      const value = keyValue();
      if (isSymbol('=')) {
        i++;
        keys.push({ column: value, value: keyValue() });
      } else keys.push({ value });
      if (isSymbol(',')) {
        i++;
        continue;
      }
      if (isSymbol(']')) {
        i++;
        break;
      }
      fail(peek().kind === 'end' ? `the row key opened at "[" is not closed with "]"` : `expected "," or "]" at ${describe(peek())}`, peek().kind === 'end' ? open.offset : peek().offset);
    }
    if (keys.length > 1 && keys.some((k) => !k.column)) {
      const bare = keys.find((k) => !k.column)!;
      fail('with several keys, each names its column', bare.value.offset, 'For example [vendor="Vendor B", year=2024].');
    }
    return keys;
  };

  const cell = (): Expr => {
    const start = peek();
    const file = name('a data file name');
    if (isSymbol('#')) {
      i++;
      const sheet = name('a sheet name after "#"');
      file.text = `${file.text}#${sheet.text}`;
    }
    const keys = isSymbol('[') ? rowKeys() : undefined;
    if (!isSymbol('.')) {
      // Placed right after what was read, where the missing part belongs.
      const previous = tokens[i - 1]!;
      const after = previous.offset + previous.text.length + (previous.kind === 'string' ? 1 : 0);
      const shown = source.slice(start.offset, after);
      return keys
        ? fail(`name a column after ${shown}`, after, `For example {{ ${shown}.value }}.`)
        : fail(`"${file.text}" names a data file but no column or key`, after, `Write {{ ${file.text}[row].column }} for a table, or {{ ${file.text}.key }} for a key-value file.`);
    }
    i++;
    const column = name('a column name after "."');
    return { kind: 'cell', file, ...(keys ? { keys } : {}), column, offset: start.offset };
  };

  const operand = (): Expr => {
    const t = peek();
    if (t.kind === 'symbol' && t.text === '(') {
      i++;
      const inner = expression(1);
      if (!isSymbol(')')) fail(`the "(" is not closed with ")" before ${describe(peek())}`, t.offset);
      i++;
      return inner;
    }
    if (t.kind === 'symbol' && t.text === '-') {
      i++;
      return { kind: 'negate', operand: operand(), offset: t.offset };
    }
    if (t.kind === 'number') {
      i++;
      return { kind: 'number', value: Number(t.text), offset: t.offset };
    }
    if (t.kind === 'end') return fail('a value is missing at the end', t.offset);
    if (t.kind === 'symbol') return fail(`expected a value at ${describe(t)}`, t.offset);
    return cell();
  };

  // Precedence climbing: read an operand, then every operator at least as tight as `min`.
  const expression = (min: number): Expr => {
    let left = operand();
    for (let op = peek(); isOperator(op) && PRECEDENCE[op.text] >= min; op = peek()) {
      i++;
      const right = expression(PRECEDENCE[op.text] + 1);
      left = { kind: 'binary', op: op.text, left, right, offset: op.offset };
    }
    return left;
  };

  try {
    const expr = expression(1);
    const reference: Reference = { expr };
    if (isSymbol('|')) {
      i++;
      const format = peek();
      if (format.kind !== 'name') fail('a format name is missing after "|"', format.offset);
      reference.format = { text: format.text, offset: format.offset };
      i++;
    }
    const rest = peek();
    if (rest.kind !== 'end') {
      fail(`unexpected ${describe(rest)}`, rest.offset, rest.kind === 'name' || rest.kind === 'number' ? 'Put spaces around "-" when it means a difference: {{ a - b }}.' : undefined);
    }
    return reference;
  } catch (error) {
    if (error instanceof Problem) return error.problem;
    throw error;
  }
}

/** Where an expression starts, for errors about its value. */
export function exprOffset(expr: Expr): number {
  return expr.kind === 'binary' ? exprOffset(expr.left) : expr.offset;
}
