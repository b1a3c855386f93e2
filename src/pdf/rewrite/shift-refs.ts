/**
 * Moves a PDF's objects to other numbers: every indirect reference `12 0 R`
 * in an object's source text gets `shift` added. Joining chunk PDFs needs it,
 * since each chunk numbers its objects from 1. Strings are skipped, so a title
 * or URI that reads "1 0 R" is left as written.
 */
import { hexStringEnd, skipLiteralString } from './pdf-lexer.js';

// A literal string, a hex string (a lone `<`, not a dictionary's `<<`), or a
// reference that starts and ends at a token boundary (the 4 of the name /F4 is none).
const STRING_OR_REF = /\(|(?<!<)<(?!<)|(?<![^\0\t\n\f\r [\]<>{}])(\d+)[\0\t\n\f\r ]+0[\0\t\n\f\r ]+R(?![^\0\t\n\f\r [\]<>(){}/%])/g;

export function shiftRefs(text: string, shift: number): string {
  let out = '';
  let copied = 0;
  STRING_OR_REF.lastIndex = 0;
  for (let m = STRING_OR_REF.exec(text); m; m = STRING_OR_REF.exec(text)) {
    if (m[1] === undefined) {
      STRING_OR_REF.lastIndex = m[0] === '(' ? skipLiteralString(text, m.index) : hexStringEnd(text, m.index);
      continue;
    }
    out += `${text.slice(copied, m.index)}${Number(m[1]) + shift} 0 R`;
    copied = STRING_OR_REF.lastIndex;
  }
  return out + text.slice(copied);
}
