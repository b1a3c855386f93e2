/**
 * Post-processing of Chrome's PDF at the byte level: reads the xref table and
 * the few dictionaries it changes, writes the catalog, Info, outline and links
 * to the deck's files (relative-file-links.ts) as text,
 * and packs the rest into object streams (pdf-lib did the same in ~0.3 s more per
 * export: module load, object model, cold JIT). Anything it does not expect
 * throws UnsupportedPdf, which the export reports as PdfPostProcessUnsupported.
 */
import { pdfError } from '../../diagnostics/pdf-error.js';
import { checkOutline } from '../check-jobs.js';
import type { PdfJob } from '../types.js';
import { rewriteCatalog, rewriteInfo } from './document-dicts.js';
import { outlineObjects, type NewObject } from './outline-objects.js';
import { readPages } from './page-tree.js';
import { relativeFileLinks } from './relative-file-links.js';
import { refNumber } from './pdf-lexer.js';
import { objectDict, readSourcePdf } from './source-pdf.js';
import { UnsupportedPdf } from './unsupported.js';
import { writePdf } from './write-pdf.js';

/** The rewritten PDF, with the /ID placeholder still in place (see stampId). */
export function rewriteChromePdf(chromePdf: Uint8Array, job: PdfJob): Buffer {
  const source = readSourcePdf(chromePdf);
  const root = refNumber(source.trailer.get('Root'));
  if (root === undefined) throw new UnsupportedPdf('the trailer has no /Root reference');
  const catalog = objectDict(source, root);
  const pagesNum = refNumber(catalog.get('Pages'));
  if (pagesNum === undefined) throw new UnsupportedPdf('the catalog has no /Pages reference');
  const pages = readPages(source, pagesNum);
  if (pages.length !== job.pageCount) {
    throw pdfError('PageCountMismatch', { label: job.label, expected: job.pageCount, actual: pages.length, where: 'PDF' });
  }
  checkOutline(job, pages.length);

  let next = source.objects.length;
  const infoValue = source.trailer.get('Info');
  const existingInfo = refNumber(infoValue);
  if (infoValue !== undefined && existingInfo === undefined) throw new UnsupportedPdf('the trailer /Info is not a reference');
  const info = existingInfo ?? next++;
  const outline = job.outline.length ? outlineObjects(job.outline, pages, next) : undefined;
  const objects: NewObject[] = [
    { num: root, text: rewriteCatalog(catalog, job.metadata.lang, outline?.root) },
    { num: info, text: rewriteInfo(existingInfo === undefined ? undefined : objectDict(source, existingInfo), job.metadata) },
    ...(outline?.objects ?? []),
    ...relativeFileLinks(source, job.outPath),
  ];
  return writePdf({ source, objects, root, info });
}
