/**
 * Chrome writes a link to one of the deck's files (`[data](assets/data.csv)`) into
 * the PDF as the absolute file: URL it resolved while printing: the folder the
 * deck was built in, on the machine it was built on. Sent to anyone else, that
 * link points at nothing, it tells them the builder's folders, and the PDF's bytes
 * would depend on where it was built. Such links are written relative to the
 * PDF's own folder instead, which is how PDF readers resolve a relative URI: the
 * link works wherever the output folder is copied, and every machine writes the
 * same bytes.
 */
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewObject } from './outline-objects.js';
import type { SourcePdf } from './source-pdf.js';

// Chrome's URI action: a literal string whose ( ) and \ are escaped with a backslash.
const FILE_URI = /\/URI([\0\t\n\f\r ]*)\((file:(?:[^()\\]|\\[()\\])*)\)/g;

/** New values of the objects (link annotations) that hold a file: URI. */
export function relativeFileLinks(source: SourcePdf, pdfPath: string): NewObject[] {
  if (!source.text.includes('(file:')) return [];
  const folder = dirname(pdfPath);
  const objects: NewObject[] = [];
  for (const object of source.objects) {
    if (!object || object.stream) continue;
    const text = source.text.slice(object.valueStart, object.valueEnd);
    if (!text.includes('(file:')) continue;
    const relativeText = text.replace(FILE_URI, (_, space: string, uri: string) => `/URI${space}(${literal(relativeUrl(unescaped(uri), folder))})`);
    if (relativeText !== text) objects.push({ num: object.num, text: relativeText });
  }
  return objects;
}

function relativeUrl(fileUrl: string, folder: string): string {
  const url = new URL(fileUrl);
  const path = relative(folder, fileURLToPath(url)).split(sep).map(encodeURIComponent).join('/');
  return path + url.search + url.hash;
}

const unescaped = (literalText: string) => literalText.replace(/\\([()\\])/g, '$1');
const literal = (text: string) => text.replace(/[()\\]/g, '\\$&');
