/**
 * Post-processing with pdf-lib: the fallback for a PDF the byte-level rewriter
 * (rewrite/rewrite-pdf.ts) does not expect, since pdf-lib reads any PDF. Loaded
 * only when needed: pdf-lib's module and object model cost ~0.3 s, cold.
 */
import { ParseSpeeds, PDFDocument, PDFHexString } from 'pdf-lib';
import { pdfError } from '../diagnostics/pdf-error.js';
import { checkOutline } from './check-jobs.js';
import { ID_PLACEHOLDER, stampId } from './pdf-id.js';
import { writeOutline } from './write-outline.js';
import type { PdfJob } from './types.js';

export async function postProcessWithPdfLib(chromePdf: Uint8Array, job: PdfJob): Promise<Uint8Array> {
  // Fastest: parse without yielding to the event loop every 100 objects (twice as fast for big decks).
  const doc = await PDFDocument.load(chromePdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = doc.getPageCount();
  if (pages !== job.pageCount) {
    throw pdfError('PageCountMismatch', { label: job.label, expected: job.pageCount, actual: pages, where: 'PDF' });
  }
  checkOutline(job, pages);
  writeMetadata(doc, job);
  writeOutline(doc, job.outline);
  const id = PDFHexString.of(ID_PLACEHOLDER);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  const bytes = await doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
  return stampId(bytes);
}

function writeMetadata(doc: PDFDocument, job: PdfJob): void {
  const m = job.metadata;
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  if (m.authors.length) doc.setAuthor(m.authors.join(', '));
  if (m.subject) doc.setSubject(m.subject);
  // One string, comma-separated: pdf-lib would join with spaces and split multi-word keywords.
  if (m.keywords.length) doc.setKeywords([m.keywords.join(', ')]);
  doc.setCreator(m.creator);
  doc.setCreationDate(m.creationDate);
  doc.setModificationDate(m.creationDate);
  // Producer stays Chrome's (Skia/PDF mNNN): it is what made the page content.
  doc.setLanguage(m.lang);
}
