/**
 * Chrome's PDF as byte ranges: where each object's value is, and whether it is
 * a stream. Every xref offset is checked against the `n 0 obj` it must point
 * at, every object against the `endobj` just before the next one, and every
 * stream against its /Length and `endstream`: a PDF that is not laid out as its
 * table says is refused, never misread.
 */
import { isKeyword, isWhite, readDict, refNumber, skipObject, skipWhite, type DictEntries } from './pdf-lexer.js';
import { readXrefTable } from './xref-table.js';
import { UnsupportedPdf } from './unsupported.js';

export interface SourceObject {
  num: number;
  /** The value: a stream's dictionary, or the whole object otherwise. */
  valueStart: number;
  valueEnd: number;
  /**
   * For a stream, the whole `n 0 obj … endobj`, copied as it is, and where its
   * data is (`data` to `dataEnd`, set once /Length is checked): a join writes
   * the data under a new object number and dictionary.
   */
  stream?: { start: number; end: number; data?: number; dataEnd?: number };
}

export interface SourcePdf {
  buf: Buffer;
  /** The file as a latin1 string: offsets in it are byte offsets. */
  text: string;
  trailer: DictEntries;
  /** Indexed by object number; undefined for free entries. */
  objects: (SourceObject | undefined)[];
}

const HEADER = /(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+obj(?=[\0\t\n\f\r <[(/%])/y;

export function readSourcePdf(input: Uint8Array): SourcePdf {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const text = buf.toString('latin1');
  const { offsets, trailer, xrefOffset } = readXrefTable(text);
  const pdf: SourcePdf = { buf, text, trailer, objects: offsets.map(() => undefined) };
  // Objects follow one another: each ends before the next offset (the last, before the xref table).
  const order = offsets.flatMap((offset, num) => (offset >= 0 ? [num] : [])).sort((a, b) => offsets[a]! - offsets[b]!);
  const next = { stream: -1, endobj: -1 };
  const streams: { object: SourceObject; keyword: number }[] = [];
  order.forEach((num, i) => {
    const boundary = i + 1 < order.length ? offsets[order[i + 1]!]! : xrefOffset;
    const { object, keyword } = readObject(text, num, offsets[num]!, boundary, next);
    pdf.objects[num] = object;
    if (object.stream) streams.push({ object, keyword });
  });
  // After every object is known: a /Length may be a reference to one.
  for (const { object, keyword } of streams) checkStream(pdf, object, keyword);
  return pdf;
}

/**
 * Located with native string searches rather than by tokenizing: the `endobj`
 * closest before the next object ends this one; the first "stream" after the
 * header, if before it, starts a stream's data. Only an object whose value
 * holds the text "stream" or "endobj" (in a string, say) is tokenized.
 * `next` keeps the last search hits: objects come in file order, so the file
 * is searched once, not once per object.
 */
function readObject(
  text: string,
  num: number,
  offset: number,
  boundary: number,
  next: { stream: number; endobj: number },
): { object: SourceObject; keyword: number } {
  HEADER.lastIndex = offset;
  const header = HEADER.exec(text);
  if (!header || Number(header[1]) !== num || header[2] !== '0' || HEADER.lastIndex > boundary) {
    throw new UnsupportedPdf(`the xref offset of object ${num} does not point at "${num} 0 obj"`);
  }
  const valueStart = skipWhite(text, HEADER.lastIndex);
  const endobj = text.lastIndexOf('endobj', boundary - 'endobj'.length);
  if (endobj < valueStart || skipWhite(text, endobj + 'endobj'.length) < boundary) {
    throw new UnsupportedPdf(`object ${num} is not followed by endobj and the next object`);
  }
  if (next.stream < valueStart) next.stream = found(text.indexOf('stream', valueStart));
  if (next.endobj < valueStart) next.endobj = found(text.indexOf('endobj', valueStart));
  const stream = { start: offset, end: endobj + 'endobj'.length };
  if (next.endobj === endobj) {
    if (next.stream > endobj) return { object: { num, valueStart, valueEnd: trimEnd(text, valueStart, endobj) }, keyword: -1 };
    const dictEnd = trimEnd(text, valueStart, next.stream);
    if (text.startsWith('>>', dictEnd - 2)) return { object: { num, valueStart, valueEnd: dictEnd, stream }, keyword: next.stream };
  }
  const valueEnd = skipObject(text, valueStart);
  const after = skipWhite(text, valueEnd);
  if (after === endobj) return { object: { num, valueStart, valueEnd }, keyword: -1 };
  if (!isKeyword(text, after, 'stream')) throw new UnsupportedPdf(`object ${num} holds more than one value`);
  return { object: { num, valueStart, valueEnd, stream }, keyword: after };
}

/** Checks the stream's data is /Length bytes long, with endstream and its endobj right after it. */
function checkStream(pdf: SourcePdf, object: SourceObject, keyword: number): void {
  const { text } = pdf;
  if (!isKeyword(text, keyword, 'stream')) throw new UnsupportedPdf(`object ${object.num}: no "stream" keyword`);
  const length = streamLength(pdf, text.slice(object.valueStart, object.valueEnd));
  // `stream` is followed by CRLF or LF, then the data (§7.3.8.1).
  let data = keyword + 'stream'.length;
  if (text.charCodeAt(data) === 0x0d) data++;
  if (text.charCodeAt(data) !== 0x0a) throw new UnsupportedPdf(`object ${object.num}: no end of line after "stream"`);
  const endstream = skipWhite(text, data + 1 + length);
  if (!isKeyword(text, endstream, 'endstream')) throw new UnsupportedPdf(`object ${object.num}: /Length does not end at endstream`);
  const endobj = skipWhite(text, endstream + 'endstream'.length);
  if (endobj + 'endobj'.length !== object.stream!.end) throw new UnsupportedPdf(`object ${object.num}: no endobj after endstream`);
  object.stream!.data = data + 1;
  object.stream!.dataEnd = data + 1 + length;
}

/**
 * Found by a regular expression rather than by reading the dictionary: the
 * check of endstream after the data catches a /Length found in the wrong place.
 */
function streamLength(pdf: SourcePdf, dict: string): number {
  const value = /\/Length[\0\t\n\f\r ]+(\d+(?:[\0\t\n\f\r ]+0[\0\t\n\f\r ]+R)?)(?=[\0\t\n\f\r /<>\[])/.exec(dict)?.[1];
  const length = resolved(pdf, value);
  if (length === undefined || !/^\d+$/.test(length)) throw new UnsupportedPdf(`stream /Length ${value}`);
  return Number(length);
}

/** A search's position; none is past everything. */
function found(index: number): number {
  return index < 0 ? Infinity : index;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The source text of a non-stream object's value. */
export function valueText(pdf: SourcePdf, num: number): string {
  const object = pdf.objects[num];
  if (!object || object.stream) throw new UnsupportedPdf(`object ${num} is missing or a stream`);
  return pdf.text.slice(object.valueStart, object.valueEnd);
}

/** The dictionary that is object `num` (not a stream). */
export function objectDict(pdf: SourcePdf, num: number): DictEntries {
  return readDict(valueText(pdf, num));
}

/** A dictionary entry's value, following a reference to a non-stream object. */
export function resolved(pdf: SourcePdf, value: string | undefined): string | undefined {
  const ref = refNumber(value);
  return ref === undefined ? value : valueText(pdf, ref);
}
