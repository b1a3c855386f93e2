/**
 * What printing found besides the PDF, as warnings: slides whose content does not
 * fit (measured on the page that prints, with lint --render's measurements),
 * files outside the deck that the page tried to read, dialogs that slide scripts
 * opened, network requests, and the deck's own files that failed to load.
 * A warning about a slide points at the slide's source.
 */
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { pdfWarning } from '../diagnostics/pdf-error.js';
import type { DocumentFindings } from './measure/measure-page.js';
import { overflowDetails } from './measure/overflow-text.js';
import type { PrintPageEvents } from './print-page.js';
import type { PdfJob, PdfWarning, SlideLocation } from './types.js';
import { writtenPath } from '../render/decode-link.js';

const SHOWN = 3;

export interface PrintFindings {
  events: PrintPageEvents;
  measured: DocumentFindings;
  /** Slide id of each refused file URL, where an element of the slide loads it. */
  urlSlides: Record<string, string>;
}

export function printWarnings(job: PdfJob, found: PrintFindings): { warnings: PdfWarning[]; diagnostics: Diagnostic[] } {
  const slides = new Map((job.slides ?? []).map((s) => [s.id, s]));
  const deckAt: SourcePosition = job.deckAt ?? { file: job.printHtmlPath, line: 1, column: 1 };
  const where = (id: string | undefined): { at: SourcePosition; where: string; slide?: SlideLocation } => {
    const slide = id === undefined ? undefined : slides.get(id);
    return slide ? { at: slide.at, where: `Slide ${slide.number}`, slide } : { at: deckAt, where: `"${job.label}"` };
  };
  const diagnostics: Diagnostic[] = [];
  for (const page of found.measured.pages) {
    const { slide } = where(page.id);
    if (!slide) continue;
    // An error for lint; here the PDF is written, with the slide clipped.
    for (const detail of overflowDetails(page.overflows)) diagnostics.push({ ...diagnose('SlideOverflow', slide.at, { slide: slide.number, detail }), severity: 'warning' });
  }
  for (const url of found.events.policy.blockedFiles) {
    const at = where(found.urlSlides[url]);
    diagnostics.push(diagnose('FileRequestBlocked', at.at, { where: at.where, url: shortUrl(url) }));
  }
  for (const event of found.events.slides) {
    if (event.kind !== 'dialog') continue;
    const at = where(event.id);
    diagnostics.push(diagnose('DialogDismissed', at.at, { where: at.where, dialog: event.text }));
  }
  for (const dialog of found.events.policy.dialogs) {
    const at = where(undefined);
    diagnostics.push(diagnose('DialogDismissed', at.at, { where: at.where, dialog: `${dialog.type}: ${JSON.stringify(dialog.message)}` }));
  }

  const { remote, missingFiles } = found.events.policy;
  const warnings: PdfWarning[] = [];
  if (remote.length) warnings.push(pdfWarning('RemoteRequestBlocked', { label: job.label, count: remote.length, urls: sample(remote) }));
  if (missingFiles.length) warnings.push(pdfWarning('LocalFileMissing', { label: job.label, count: missingFiles.length, urls: sample(missingFiles) }));
  return { warnings, diagnostics };
}

/** A file URL shown as its path: `file:///d/a%231.png` → `/d/a#1.png`. */
function shortUrl(url: string): string {
  return writtenPath(url.replace(/^file:\/\//i, '')).path;
}

function sample(items: readonly string[]): string {
  const more = items.length - SHOWN;
  return items.slice(0, SHOWN).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
