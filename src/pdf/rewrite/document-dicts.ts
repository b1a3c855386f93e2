/**
 * The two dictionaries post-processing rewrites: the catalog (outline, page
 * mode, language, viewer preferences) and the document Info. Entries Chrome
 * wrote and deckpress does not set are kept as they are, in their order.
 */
import type { PdfMetadata } from '../types.js';
import { readDict, writeDict, type DictEntries } from './pdf-lexer.js';
import { pdfDate, pdfText } from './pdf-strings.js';
import { UnsupportedPdf } from './unsupported.js';

export function rewriteCatalog(catalog: DictEntries, lang: string, outlinesNum: number | undefined): string {
  const entries = new Map(catalog);
  if (outlinesNum !== undefined) {
    entries.set('Outlines', `${outlinesNum} 0 R`);
    entries.set('PageMode', '/UseOutlines');
  }
  entries.set('Lang', pdfText(lang));
  entries.set('ViewerPreferences', displayDocTitle(entries.get('ViewerPreferences')));
  return writeDict(entries);
}

/** Viewers show the title, not the file name, in the window title bar (§12.2). */
function displayDocTitle(current: string | undefined): string {
  if (current !== undefined && !current.startsWith('<<')) throw new UnsupportedPdf('/ViewerPreferences is not a direct dictionary');
  const prefs = current === undefined ? new Map<string, string>() : readDict(current);
  prefs.set('DisplayDocTitle', 'true');
  return writeDict(prefs);
}

/** Chrome's Info with deckpress's metadata; /Producer stays Chrome's (Skia/PDF mNNN): it made the page content. */
export function rewriteInfo(info: DictEntries | undefined, m: PdfMetadata): string {
  const entries = new Map(info);
  entries.set('Title', pdfText(m.title));
  if (m.authors.length) entries.set('Author', pdfText(m.authors.join(', ')));
  if (m.subject) entries.set('Subject', pdfText(m.subject));
  // One string, comma-separated, so multi-word keywords stay whole.
  if (m.keywords.length) entries.set('Keywords', pdfText(m.keywords.join(', ')));
  entries.set('Creator', pdfText(m.creator));
  // Chrome stamps the time of printing; the deck's date makes exports reproducible.
  entries.set('CreationDate', pdfDate(m.creationDate));
  entries.set('ModDate', pdfDate(m.creationDate));
  return writeDict(entries);
}
