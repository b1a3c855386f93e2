/**
 * Turns Chrome's PDF into deckpress's document: metadata, outline, and bytes that
 * depend only on the input. Chrome's own output differs between runs only in
 * /CreationDate and /ModDate (measured with Chromium 156; font subset tags and
 * object order are stable), so those are set from the deck's date and a /ID is
 * derived from the content. Chrome's link annotations and named destinations
 * (internal `#slide-id` links) are kept as they are.
 *
 * Chrome's PDF goes through a byte-level rewriter (~50 ms for a 240-page deck);
 * pdf-lib (~0.3 s: module load, object model, cold JIT) is loaded only for a PDF
 * the rewriter does not expect.
 */
import { isPdfError } from '../diagnostics/pdf-error.js';
import { stampId } from './pdf-id.js';
import { rewriteChromePdf } from './rewrite/rewrite-pdf.js';
import type { PdfJob } from './types.js';

export async function postProcess(chromePdf: Uint8Array, job: PdfJob): Promise<Uint8Array> {
  try {
    return stampId(rewriteChromePdf(chromePdf, job));
  } catch (error) {
    // A job error (an outline entry past the last page) is the same on either path.
    if (isPdfError(error)) throw error;
    // Anything else, expected (UnsupportedPdf) or not, is a PDF the rewriter does
    // not understand: pdf-lib reads any PDF, and reports a real page count mismatch.
    if (process.env.DECKPRESS_DEBUG) process.stderr.write(`pdf: ${job.label}: post-processing with pdf-lib (${String(error)})\n`);
  }
  const { postProcessWithPdfLib } = await import('./pdf-lib-post-process.js');
  return postProcessWithPdfLib(chromePdf, job);
}
