/**
 * The tokens of a `{{ … }}` reference, each with its offset in the expression, so
 * the parser and the evaluator can place every error on the part that is wrong.
 *
 *   name     openai-revenue, revenue_usd, 2024 (bare names may start with a digit
 *            and hold "-" inside: "a-b" is one name, "a - b" a difference)
 *   string   "AI SaaS" or 'AI SaaS' (the text without its quotes)
 *   number   3, 0.5, 1e6 (a row key like [2024] is a number token too; the parser keeps its text)
 *   symbol   [ ] . , = # ( ) + - * / |
 */
export type TokenKind = 'name' | 'number' | 'string' | 'symbol' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

export interface TokenProblem {
  detail: string;
  offset: number;
  fix?: string;
}

const NUMBER = /\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![A-Za-z0-9_]|-[A-Za-z0-9_])/iy;
const NAME = /[A-Za-z0-9_](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_]))*/y;
const SYMBOLS = '[].,=#()+-*/|';

/** Splits a reference into tokens, or says where it cannot. */
export function tokenize(source: string): Token[] | TokenProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = source.indexOf(ch, i + 1);
      if (end < 0) return { detail: `the quote ${ch} is never closed`, offset: i };
      tokens.push({ kind: 'string', text: source.slice(i + 1, end), offset: i + 1 });
      i = end + 1;
      continue;
    }
    if (SYMBOLS.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, offset: i });
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(source);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], offset: i });
      i = NUMBER.lastIndex;
      continue;
    }
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) {
      return { detail: `unexpected "${ch}"`, offset: i, fix: 'A reference is {{ file[row].column }} with + - * / between values and an optional | format.' };
    }
    tokens.push({ kind: 'name', text: m[0], offset: i });
    i = NAME.lastIndex;
  }
  tokens.push({ kind: 'end', text: '', offset: source.length });
  return tokens;
}
