/**
 * A deck printed as parts (chunk-plan.ts), a few tabs at a time: a large deck's
 * parts are each their own small document (the render stage's printChunk), a
 * small deck is one part, its print document itself. The parts' PDFs are
 * joined in post-processing (rewrite/join-pdfs.ts); their findings are merged
 * here, so warnings read as if the deck had printed whole.
 */
import type { PageRange } from './chunk-plan.js';
import type { PrintFindings } from './print-findings.js';
import type { PrintedTab } from './print-tab.js';
import type { PdfJob } from './types.js';

/**
 * Parts printed at once. On this 2-core machine, the 2,000-slide bench deck in
 * parts of 250 pages printed in 16 s and 20 s with two tabs, 20 s and 23 s with
 * one (two runs): a tab prints on one core, so a second tab uses the other.
 */
export const CHUNK_TABS = 2;

export interface PrintedChunks {
  /** Chrome's PDF of each part, in page order. */
  pdfs: Uint8Array[];
  found: PrintFindings;
}

/** What `printTab` prints for `range`: the job itself when the range is the whole document, else the part's HTML and page count. */
export function chunkPart(job: PdfJob, range: PageRange): PdfJob & { html?: string } {
  if (range.first === 0 && range.count === job.pageCount) return job;
  if (!job.printChunk) throw new Error(`${job.label}: no printChunk to print it in parts`);
  return { ...job, pageCount: range.count, html: job.printChunk(range.first, range.count) };
}

/**
 * Prints every range with `print` (which opens, prints in and closes a tab),
 * CHUNK_TABS at a time. After a failure no new part starts; the failure is what
 * the caller gets.
 */
export async function printChunks(ranges: PageRange[], print: (range: PageRange, index: number) => Promise<PrintedTab>): Promise<PrintedChunks> {
  const printed: PrintedTab[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < ranges.length) {
      const index = next++;
      try {
        printed[index] = await print(ranges[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CHUNK_TABS, ranges.length) }, worker));
  // One part is the whole document: its findings are the deck's as they are.
  const found = printed.length === 1 ? printed[0]!.found : mergeFindings(ranges, printed.map((part) => part.found));
  return { pdfs: printed.map((part) => part.pdf), found };
}

/**
 * Every part loads the deck's theme and runs the document's own scripts, so
 * what concerns no one slide (refused requests, missing files, failed fonts,
 * page dialogs) is reported once; pages are numbered among all pages.
 */
function mergeFindings(ranges: PageRange[], parts: PrintFindings[]): PrintFindings {
  const union = (list: (part: PrintFindings) => string[]) => [...new Set(parts.flatMap(list))].sort();
  const urlSlides: Record<string, string> = {};
  for (const part of parts) for (const [url, id] of Object.entries(part.urlSlides)) urlSlides[url] ??= id;
  return {
    events: {
      policy: {
        remote: union((part) => part.events.policy.remote),
        blockedFiles: union((part) => part.events.policy.blockedFiles),
        missingFiles: union((part) => part.events.policy.missingFiles),
        dialogs: parts[0]?.events.policy.dialogs ?? [],
      },
      // A slide's script is in its part only; a script outside the slides runs in every part.
      slides: parts.flatMap((part, i) => part.events.slides.filter((event) => event.id !== undefined || i === 0)),
    },
    measured: {
      pages: parts.flatMap((part, i) => part.measured.pages.map((page) => ({ ...page, index: page.index + ranges[i]!.first }))),
      failedFonts: union((part) => part.measured.failedFonts),
    },
    urlSlides,
  };
}
