/**
 * Turns Chrome's PDF into deckpress's document: metadata, outline, and bytes that
 * depend only on the input. Chrome's own output differs between runs only in
 * /CreationDate and /ModDate (measured with Chromium 156; font subset tags and
 * object order are stable), so those are set from the deck's date and a /ID is
 * derived from the content. Chrome's link annotations and named destinations
 * (internal `#slide-id` links) are kept as they are.
 *
 * One post-processor: the byte-level rewriter (rewrite/, ~50 ms for a 240-page
 * deck). A large deck printed in parts (print-chunks.ts) comes as one PDF per
 * part: they are joined first (rewrite/join-pdfs.ts), then rewritten as one.
 * A PDF it was not written for is an error that names the browser's PDF
 * producer and what was unexpected, not a slower path taken in silence.
 */
import { pdfError } from '../diagnostics/pdf-error.js';
import { stampId } from './pdf-id.js';
import { joinChromePdfs } from './rewrite/join-pdfs.js';
import { rewriteChromePdf } from './rewrite/rewrite-pdf.js';
import { UnsupportedPdf } from './rewrite/unsupported.js';
import type { PdfJob } from './types.js';

/** `printed`: Chrome's PDF, or its PDFs of the chunks of the print document in order. */
export function postProcess(printed: Uint8Array | Uint8Array[], job: PdfJob): Uint8Array {
  const parts = Array.isArray(printed) ? printed : [printed];
  try {
    return stampId(rewriteChromePdf(parts.length === 1 ? parts[0]! : joinChromePdfs(parts), job));
  } catch (error) {
    if (!(error instanceof UnsupportedPdf)) throw error;
    throw pdfError('PdfPostProcessUnsupported', { label: job.label, producer: producerOf(parts[0]!), detail: error.message }, error);
  }
}

/** The Info dictionary's /Producer when it can be read without parsing the file (Chrome's: "Skia/PDF m156"). */
function producerOf(pdf: Uint8Array): string {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const literal = /\/Producer\s*\(((?:[^()\\]|\\.){1,80})\)/.exec(text)?.[1];
  const hex = /\/Producer\s*<([0-9A-Fa-f\s]{2,400})>/.exec(text)?.[1];
  const producer = literal ?? (hex === undefined ? undefined : decodeHexString(hex));
  return producer ? `"${producer}"` : 'an unknown producer';
}

/** A hex string (§7.3.4.3): UTF-16BE after a byte order mark, else one byte per character. */
function decodeHexString(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}
