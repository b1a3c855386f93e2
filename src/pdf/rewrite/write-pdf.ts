/**
 * Writes the new file: Chrome's stream objects copied byte for byte (page
 * content, fonts: nearly all of the size), every other object packed into
 * Flate-compressed object streams (§7.5.7), then a cross-reference stream. The
 * ~2,500 link annotations and page dictionaries of a long deck are small,
 * repetitive dictionaries: compressed together they shrink to under a tenth, which is
 * most of why the result is smaller than Chrome's file. Object numbers are kept.
 */
import { deflateSync } from 'node:zlib';
import { ID_PLACEHOLDER } from '../pdf-id.js';
import type { NewObject } from './outline-objects.js';
import type { SourcePdf } from './source-pdf.js';
import { xrefStream, type XrefEntry } from './xref-stream.js';

/**
 * Objects per object stream. A reader inflates a whole stream to reach one of
 * its objects, so they stay bounded; 200 small dictionaries (~30 KB) fill
 * Flate's 32 KB window, and compress to two thirds of pdf-lib's 50 per stream.
 */
const PER_STREAM = 200;

export interface Rewrite {
  source: SourcePdf;
  /** New values of existing objects (catalog, Info), and new objects (outline, a missing Info). */
  objects: NewObject[];
  root: number;
  info: number;
}

interface Packed {
  num: number;
  /** The object's value, latin1. */
  text: string;
}

export function writePdf({ source, objects, root, info }: Rewrite): Buffer {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (part: Uint8Array | string): void => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(bytes);
    offset += bytes.length;
  };
  const entries: XrefEntry[] = [];
  const { buf } = source;

  push(`%PDF-${version(source.text)}\n%\xe2\xe3\xcf\xd3\n`);
  const replaced = new Map(objects.map((o) => [o.num, o]));
  const packed: Packed[] = [];
  for (const object of source.objects) {
    if (!object) continue;
    if (object.stream) {
      entries[object.num] = { type: 1, offset };
      push(buf.subarray(object.stream.start, object.stream.end));
      push('\n');
    } else if (!replaced.has(object.num)) {
      packed.push({ num: object.num, text: source.text.slice(object.valueStart, object.valueEnd) });
    }
  }
  packed.push(...objects);
  packed.sort((a, b) => a.num - b.num);

  let nextNum = Math.max(source.objects.length, ...objects.map((o) => o.num + 1));
  for (let i = 0; i < packed.length; i += PER_STREAM) {
    const group = packed.slice(i, i + PER_STREAM);
    const streamNum = nextNum++;
    const { first, data } = objectStream(group);
    group.forEach(({ num }, index) => (entries[num] = { type: 2, stream: streamNum, index }));
    entries[streamNum] = { type: 1, offset };
    push(`${streamNum} 0 obj\n<</Type /ObjStm\n/N ${group.length}\n/First ${first}\n`);
    push(`/Filter /FlateDecode\n/Length ${data.length}>> stream\n`);
    push(data);
    push('\nendstream\nendobj\n');
  }

  const xrefNum = nextNum++;
  const xrefOffset = offset;
  entries[xrefNum] = { type: 1, offset: xrefOffset };
  for (let n = 0; n < entries.length; n++) entries[n] ??= { type: 0 };
  const xref = xrefStream(entries);
  const id = `<${ID_PLACEHOLDER}>`;
  push(
    `${xrefNum} 0 obj\n<</Type /XRef\n/Size ${entries.length}\n/Root ${root} 0 R\n/Info ${info} 0 R\n/ID [ ${id} ${id} ]\n` +
      `${xref.dict}\n/Filter /FlateDecode\n/Length ${xref.data.length}>> stream\n`,
  );
  push(xref.data);
  push(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`);
  return Buffer.concat(chunks, offset);
}

/** `/First` is where the objects start, after the "number offset" pairs (§7.5.7). */
function objectStream(group: Packed[]): { first: number; data: Buffer } {
  const pairs: string[] = [];
  let at = 0;
  for (const { num, text } of group) {
    pairs.push(`${num} ${at}`);
    at += text.length + 1;
  }
  const header = `${pairs.join(' ')}\n`;
  const body = `${header}${group.map((o) => o.text).join('\n')}\n`;
  return { first: header.length, data: deflateSync(Buffer.from(body, 'latin1')) };
}

/** Object and cross-reference streams need PDF 1.5; a newer version Chrome declares is kept. */
function version(text: string): string {
  const declared = /^%PDF-(\d\.\d)/.exec(text)?.[1];
  return declared && declared > '1.7' ? declared : '1.7';
}
