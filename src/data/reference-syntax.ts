/**
 * The syntax inside `{{ … }}`:
 *   openai-revenue[2024].revenue_usd | usd-compact     a cell: file[row key].column
 *   stripe-arr["AI SaaS"].months                        a quoted row key
 *   facts.report_slides | integer                      a key-value file's entry
 *   a / b | multiplier,  a - b | usd-compact            a ratio or a difference
 * Offsets are relative to the start of the expression, so errors point at the exact part.
 */
export interface Span {
  text: string;
  offset: number;
}

export type Operand =
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'cell'; file: Span; key?: Span; column: Span };

export interface Reference {
  left: Operand;
  op?: { symbol: '/' | '-'; offset: number };
  right?: Operand;
  format?: Span;
}

export interface SyntaxProblem {
  detail: string;
  offset: number;
  fix?: string;
}

const NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?(?![\w\-[.])/iy;
const NAME = /[A-Za-z0-9_][A-Za-z0-9_-]*/y;
const FORMAT = /[A-Za-z0-9_-]+/y;
const SPACE = /\s*/y;

export function parseReference(source: string): Reference | SyntaxProblem {
  let i = 0;
  const skip = (): void => {
    SPACE.lastIndex = i;
    SPACE.exec(source);
    i = SPACE.lastIndex;
  };
  const match = (re: RegExp): Span | undefined => {
    re.lastIndex = i;
    const m = re.exec(source);
    if (!m) return undefined;
    i = re.lastIndex;
    return { text: m[0], offset: m.index };
  };

  const operand = (): Operand | SyntaxProblem => {
    skip();
    const num = match(NUMBER);
    if (num) return { kind: 'number', value: Number(num.text), offset: num.offset };
    const file = match(NAME);
    if (!file) return { detail: source.trim() === '' ? 'the reference is empty' : `expected a data file name at "${source.slice(i, i + 12)}"`, offset: i };
    let key: Span | undefined;
    if (source[i] === '[') {
      i++;
      const parsed = quotedOr(/[^\]]*/y);
      if ('detail' in parsed) return parsed;
      key = parsed;
      if (source[i] !== ']') return { detail: 'the row key is not closed with "]"', offset: i };
      i++;
    }
    if (source[i] !== '.') {
      return key
        ? { detail: `name a column after [${key.text}]`, offset: i, fix: `For example {{ ${file.text}[${key.text}].value }}.` }
        : { detail: `"${file.text}" names a data file but no column or key`, offset: i, fix: `Write {{ ${file.text}[row].column }} for a table, or {{ ${file.text}.key }} for a key-value file.` };
    }
    i++;
    const column = quotedOr(NAME);
    if ('detail' in column) return column;
    if (column.text === '') return { detail: 'a column name is missing after "."', offset: i };
    return { kind: 'cell', file, ...(key ? { key } : {}), column };
  };

  // A quoted name ("AI SaaS") or a bare one; bare row keys are trimmed.
  const quotedOr = (bare: RegExp): Span | SyntaxProblem => {
    skip();
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const end = source.indexOf(quote, i + 1);
      if (end < 0) return { detail: `the quote ${quote} is never closed`, offset: i };
      const span = { text: source.slice(i + 1, end), offset: i + 1 };
      i = end + 1;
      skip();
      return span;
    }
    const span = match(bare) ?? { text: '', offset: i };
    const lead = span.text.length - span.text.trimStart().length;
    return { text: span.text.trim(), offset: span.offset + lead };
  };

  const left = operand();
  if ('detail' in left) return left;
  const reference: Reference = { left };
  skip();
  const symbol = source[i];
  if (symbol === '/' || symbol === '-') {
    reference.op = { symbol, offset: i };
    i++;
    const right = operand();
    if ('detail' in right) return right;
    reference.right = right;
    skip();
  } else if (symbol === '+' || symbol === '*') {
    return { detail: `"${symbol}" is not supported`, offset: i, fix: 'A reference derives a ratio (a / b) or a difference (a - b) of two values.' };
  }
  if (source[i] === '|') {
    i++;
    skip();
    const format = match(FORMAT);
    if (!format) return { detail: 'a format name is missing after "|"', offset: i };
    reference.format = format;
    skip();
  }
  if (i < source.length) {
    return { detail: `unexpected "${source.slice(i, i + 12).trim()}"`, offset: i, fix: 'Put spaces around "-" when it means a difference: {{ a - b }}.' };
  }
  return reference;
}
