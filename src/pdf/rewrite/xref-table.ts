/**
 * Reads the classic cross-reference table and trailer that Chrome (Skia/PDF)
 * writes: one `xref` section at `startxref`, 20-byte entries, no /Prev. Any
 * other layout — an xref stream, incremental updates, encryption — is refused
 * (UnsupportedPdf) rather than half-supported here.
 */
import { isKeyword, readDict, skipWhite, type DictEntries } from './pdf-lexer.js';
import { UnsupportedPdf } from './unsupported.js';

export interface XrefTable {
  /** Byte offset of each object by number; -1 for a free or missing entry. */
  offsets: number[];
  trailer: DictEntries;
  /** Where the `xref` keyword is: the last object ends before it. */
  xrefOffset: number;
}

// An entry "oooooooooo ggggg n" (its end of line is whitespace), or a subsection's "first count".
const ENTRY_OR_SUBSECTION = /\s*(?:(\d{10}) (\d{5}) ([nf])|(\d+) (\d+))/y;

/** `text`: the file as a latin1 string. */
export function readXrefTable(text: string): XrefTable {
  const tail = text.slice(-256);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new UnsupportedPdf('no startxref and %%EOF at the end of the file');
  const xrefOffset = Number(startxref[1]);
  if (!isKeyword(text, xrefOffset, 'xref')) throw new UnsupportedPdf('startxref does not point at an xref table (an xref stream?)');
  const trailerAt = text.indexOf('trailer', xrefOffset);
  if (trailerAt < 0) throw new UnsupportedPdf('no trailer after the xref table');
  // Read as text with a regular expression: a few thousand entries, parsed natively rather than byte by byte.
  const table = text.slice(xrefOffset + 4, trailerAt);
  const offsets: number[] = [];
  let next = 0;
  let left = 0;
  let consumed = 0;
  ENTRY_OR_SUBSECTION.lastIndex = 0;
  for (let m = ENTRY_OR_SUBSECTION.exec(table); m; m = ENTRY_OR_SUBSECTION.exec(table)) {
    consumed = ENTRY_OR_SUBSECTION.lastIndex;
    if (m[4] !== undefined) {
      if (left !== 0) throw new UnsupportedPdf('an xref subsection has fewer entries than it says');
      [next, left] = [Number(m[4]), Number(m[5])];
      continue;
    }
    if (left-- === 0) throw new UnsupportedPdf('an xref subsection has more entries than it says');
    if (m[3] === 'n' && m[2] !== '00000') throw new UnsupportedPdf(`object ${next} has generation ${Number(m[2])}`);
    offsets[next++] = m[3] === 'n' ? Number(m[1]) : -1;
  }
  if (left !== 0 || !/^\s*$/.test(table.slice(consumed))) throw new UnsupportedPdf('malformed xref table');
  const trailer = readDict(text, skipWhite(text, trailerAt + 'trailer'.length));
  for (const key of ['Prev', 'Encrypt', 'XRefStm']) {
    if (trailer.has(key)) throw new UnsupportedPdf(`the trailer has /${key}`);
  }
  const size = Number(trailer.get('Size'));
  if (!Number.isInteger(size) || size < offsets.length) throw new UnsupportedPdf('the trailer /Size does not cover the xref table');
  for (let n = 0; n < size; n++) offsets[n] ??= -1;
  return { offsets, trailer, xrefOffset };
}
