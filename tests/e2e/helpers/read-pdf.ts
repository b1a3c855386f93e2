/**
 * Reads a PDF back with tools that are not the exporter: poppler's pdfinfo,
 * pdftotext, pdffonts, pdfimages and pdftoppm, and pdf-lib's low-level object
 * model for the outline and link annotations (poppler's CLIs print neither).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export function pdfinfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Text of one page (1-based). */
export function pageText(path: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-'], { encoding: 'utf8' });
}

/** Text of every page, in order: one pdftotext run for the whole file. */
export function pagesText(path: string): string[] {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).split('\f').slice(0, -1);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts of the document, or of one page (1-based). */
export function pdffonts(path: string, page?: number): FontRow[] {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const lines = execFileSync('pdffonts', [...range, path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // Columns are fixed width, but names may contain spaces: read the yes/no flags from the right.
    const parts = line.trim().split(/\s+/);
    const [emb, sub, uni] = parts.slice(-5, -2);
    return { name: parts[0]!, type: line.slice(37, 55).trim(), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

/** Raster images in the PDF (charts must be vector, so none in the fixture). */
export function imageCount(path: string): number {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length;
}

/** RGB of a pixel of page `page` (1-based), rendered at `dpi`. */
export function pixel(path: string, page: number, x: number, y: number, dpi = 20): [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), path]);
  // Binary PPM: "P6\n<w> <h>\n255\n" then RGB triples.
  const header = ppm.subarray(0, 32).toString('latin1').split(/\s+/);
  const width = Number(header[1]);
  let offset = 0;
  for (let fields = 0; fields < 4; offset++) if (/\s/.test(String.fromCharCode(ppm[offset]!))) fields++;
  const at = offset + (y * width + x) * 3;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

export interface ReadOutline {
  title: string;
  page: number;
  children: ReadOutline[];
}

export interface ReadLink {
  page: number;
  uri?: string;
  /** 0-based target page of an internal link. */
  target?: number;
}

export async function loadPdf(path: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(path), { updateMetadata: false });
}

export function catalogString(doc: PDFDocument, key: string): string | undefined {
  return text(doc.catalog.lookup(PDFName.of(key)));
}

export function readOutline(doc: PDFDocument): ReadOutline[] {
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  if (!(root instanceof PDFDict)) return [];
  const pageIndex = pageIndexer(doc);
  const walk = (first: PDFObject | undefined): ReadOutline[] => {
    const items: ReadOutline[] = [];
    for (let item = deref(doc, first); item instanceof PDFDict; item = deref(doc, item.get(PDFName.of('Next')))) {
      const dest = item.lookup(PDFName.of('Dest'));
      items.push({
        title: text(item.lookup(PDFName.of('Title'))) ?? '',
        page: dest instanceof PDFArray ? pageIndex(dest.get(0)) : -1,
        children: walk(item.get(PDFName.of('First'))),
      });
    }
    return items;
  };
  return walk(root.get(PDFName.of('First')));
}

export function readLinks(doc: PDFDocument): ReadLink[] {
  const pageIndex = pageIndexer(doc);
  const names = doc.catalog.lookup(PDFName.of('Dests'));
  const links: ReadLink[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let k = 0; k < annots.size(); k++) {
      const annot = annots.lookup(k);
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? text(action.lookup(PDFName.of('URI'))) : undefined;
      let dest = annot.lookup(PDFName.of('Dest'));
      if (dest instanceof PDFName && names instanceof PDFDict) dest = names.lookup(dest);
      if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
      const target = dest instanceof PDFArray ? pageIndex(dest.get(0)) : undefined;
      links.push({ page: i, ...(uri ? { uri } : {}), ...(target !== undefined ? { target } : {}) });
    }
  });
  return links;
}

function pageIndexer(doc: PDFDocument): (ref: PDFObject | undefined) => number {
  const refs = doc.getPages().map((p) => p.ref.toString());
  return (ref) => (ref instanceof PDFRef ? refs.indexOf(ref.toString()) : -1);
}

function deref(doc: PDFDocument, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
}

function text(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}
