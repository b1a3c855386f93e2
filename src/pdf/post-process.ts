/**
 * Turns Chrome's PDF into deckpress's document: metadata, outline, and bytes that
 * depend only on the input. Chrome's own output differs between runs only in
 * /CreationDate and /ModDate (measured with Chromium 156; font subset tags and
 * object order are stable), so those are set from the deck's date and a /ID is
 * derived from the content. Chrome's link annotations and named destinations
 * (internal `#slide-id` links) are kept as they are.
 */
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFDocument, PDFHexString } from 'pdf-lib';
import { pdfError } from './pdf-error.js';
import { checkOutline } from './check-jobs.js';
import { writeOutline } from './write-outline.js';
import type { PdfJob } from './types.js';

// Placeholder /ID written by pdf-lib, then replaced in place by a hash of the file.
const ID_PLACEHOLDER = 'DEC0DE'.repeat(5) + 'DE';

export async function postProcess(chromePdf: Uint8Array, job: PdfJob): Promise<Uint8Array> {
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

/** Both halves of /ID become the MD5 of the file written with the placeholder: same content, same bytes. */
function stampId(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const digest = createHash('md5').update(buffer).digest('hex').toUpperCase();
  const placeholder = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  const value = Buffer.from(`<${digest}>`, 'latin1');
  let at = buffer.lastIndexOf(placeholder);
  for (let n = 0; n < 2 && at >= 0; n++) {
    value.copy(buffer, at);
    at = buffer.lastIndexOf(placeholder, at - 1);
  }
  return buffer;
}
