/**
 * Just enough PDF syntax (PDF 32000-1 §7.2–7.3) to find where an object's value
 * ends and to read a dictionary's entries. It works on the file as a latin1
 * string (one character per byte): searches and slices are then native string
 * operations, and the rewriter reads only a few hundred dictionaries this way
 * (trailer, catalog, page tree, Info); every other object is only located.
 */
import { UnsupportedPdf } from './unsupported.js';

const WHITE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

const LT = 0x3c;
const GT = 0x3e;
const LPAREN = 0x28;
const RPAREN = 0x29;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const SLASH = 0x2f;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;

export function isWhite(c: number): boolean {
  return WHITE[c] === 1;
}

/** Position of the next token at or after `pos` (whitespace and comments skipped). */
export function skipWhite(s: string, pos: number): number {
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (WHITE[c]) pos++;
    else if (c === PERCENT) while (pos < s.length && s.charCodeAt(pos) !== 0x0a && s.charCodeAt(pos) !== 0x0d) pos++;
    else break;
  }
  return pos;
}

/** End of the token that starts at `pos`; a dictionary, array or string counts as one token. */
export function skipToken(s: string, pos: number): number {
  const c = s.charCodeAt(pos);
  if (Number.isNaN(c)) throw new UnsupportedPdf(`unexpected end of file at ${pos}`);
  if ((c === LT && s.charCodeAt(pos + 1) === LT) || c === LBRACKET) return skipNested(s, pos);
  if (c === LT) return hexStringEnd(s, pos);
  if (c === LPAREN) return skipLiteralString(s, pos);
  if (c === SLASH) pos++;
  else if (DELIM[c]) throw new UnsupportedPdf(`unexpected "${s[pos]}" at ${pos}`);
  while (pos < s.length && !WHITE[s.charCodeAt(pos)] && !DELIM[s.charCodeAt(pos)]) pos++;
  return pos;
}

// Only these characters open or close anything inside a dictionary or array
// (names and numbers cannot hold them), so a regular expression jumps between them.
const STRUCTURE = /[()<>[\]%]/g;

/** End of the dictionary or array at `pos`, its nesting matched pair by pair. */
function skipNested(s: string, pos: number): number {
  const open: number[] = [];
  STRUCTURE.lastIndex = pos;
  for (let m = STRUCTURE.exec(s); m; m = STRUCTURE.exec(s)) {
    const at = m.index;
    const c = s.charCodeAt(at);
    let end = at + 1;
    if (c === LT && s.charCodeAt(at + 1) === LT) {
      open.push(GT);
      end = at + 2;
    } else if (c === LBRACKET) {
      open.push(RBRACKET);
    } else if (c === LT) {
      end = hexStringEnd(s, at);
    } else if (c === LPAREN) {
      end = skipLiteralString(s, at);
    } else if (c === PERCENT) {
      end = skipWhite(s, at);
    } else {
      if (open.pop() !== c || (c === GT && s.charCodeAt(at + 1) !== GT)) throw new UnsupportedPdf(`unbalanced "${s[at]}" at ${at}`);
      end = at + (c === GT ? 2 : 1);
      if (open.length === 0) return end;
    }
    STRUCTURE.lastIndex = end;
  }
  throw new UnsupportedPdf(`unterminated dictionary or array at ${pos}`);
}

export function hexStringEnd(s: string, pos: number): number {
  const end = s.indexOf('>', pos);
  if (end < 0) throw new UnsupportedPdf(`unterminated hex string at ${pos}`);
  return end + 1;
}

/** Literal strings nest balanced parentheses; a backslash escapes the next byte. */
export function skipLiteralString(s: string, pos: number): number {
  let depth = 0;
  for (; pos < s.length; pos++) {
    const c = s.charCodeAt(pos);
    if (c === BACKSLASH) pos++;
    else if (c === LPAREN) depth++;
    else if (c === RPAREN && --depth === 0) return pos + 1;
  }
  throw new UnsupportedPdf('unterminated string');
}

/** True if the text at `pos` is the keyword `word`, ending at a whitespace, a delimiter or the end. */
export function isKeyword(s: string, pos: number, word: string): boolean {
  if (!s.startsWith(word, pos)) return false;
  const next = s.charCodeAt(pos + word.length);
  return Number.isNaN(next) || WHITE[next] === 1 || DELIM[next] === 1;
}

/** One object: a token, or the three tokens of an indirect reference `12 0 R`. */
export function skipObject(s: string, pos: number): number {
  const end = skipToken(s, pos);
  if (!isDigits(s, pos, end)) return end;
  const gen = skipWhite(s, end);
  if (!isDigits(s, gen, gen + 1)) return end;
  const genEnd = skipToken(s, gen);
  if (!isDigits(s, gen, genEnd)) return end;
  const r = skipWhite(s, genEnd);
  return isKeyword(s, r, 'R') ? r + 1 : end;
}

function isDigits(s: string, start: number, end: number): boolean {
  if (end <= start || end > s.length) return false;
  for (let i = start; i < end; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
}

/** A dictionary's entries in file order: name without the slash → the value's source text. */
export type DictEntries = Map<string, string>;

/** Reads the dictionary that starts at `pos` (at `<<`). */
export function readDict(s: string, pos = 0): DictEntries {
  if (!s.startsWith('<<', pos)) throw new UnsupportedPdf(`expected a dictionary at ${pos}`);
  const entries: DictEntries = new Map();
  pos += 2;
  for (;;) {
    pos = skipWhite(s, pos);
    if (s.startsWith('>>', pos)) return entries;
    if (s.charCodeAt(pos) !== SLASH) throw new UnsupportedPdf(`expected a name in the dictionary at ${pos}`);
    const keyEnd = skipToken(s, pos);
    const valueStart = skipWhite(s, keyEnd);
    const valueEnd = skipObject(s, valueStart);
    entries.set(s.slice(pos + 1, keyEnd), s.slice(valueStart, valueEnd));
    pos = valueEnd;
  }
}

/** `12 0 R` → 12; anything else is not a reference. */
export function refNumber(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^(\d+)\s+0\s+R$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** Writes entries back as a dictionary, one per line as Chrome writes them. */
export function writeDict(entries: DictEntries): string {
  return `<<${Array.from(entries, ([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}
