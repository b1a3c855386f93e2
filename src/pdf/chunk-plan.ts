/**
 * Which pages of a print document print together. Chrome's printing cost per
 * page grows with the document it prints (docs/pdf-engine.md, "Where the time
 * goes past a few hundred slides"): a large deck prints as parts of about
 * CHUNK_PAGES pages, each its own small document, joined afterwards.
 */
import type { PdfJob } from './types.js';

/**
 * Measured on the 2,000-slide bench deck (2,189 pages), two tabs, two runs
 * under different load: whole 48 s and 71 s; parts of 100 pages 20 s and 19 s,
 * 150: 19 s and 17 s, 250: 16 s and 20 s. Smaller parts print faster per page,
 * but each costs a tab, a load and its own copy of the font subsets.
 */
export const CHUNK_PAGES = 250;

/**
 * Up to this many pages a deck prints whole, as before (the 212-slide bench
 * deck's 240 pages among them). Whole against two parts in two tabs, same runs:
 * 335 pages 1.9–2.3 s against 2.1 s (no gain); 444 pages 2.0–2.1 s against 1.6 s;
 * 660 pages 3.4–3.6 s against 2.2–2.3 s.
 */
export const WHOLE_UP_TO_PAGES = 400;

/** Tests set a small part size (the whole-print limit scales with it) to print a few dozen slides in parts. */
export const CHUNK_PAGES_ENV = 'DECKPRESS_PDF_CHUNK_PAGES';

export interface PageRange {
  first: number;
  count: number;
}

/**
 * One range (the whole document) or the parts: as even as the slides allow,
 * each starting at a slide's first page, so a part never begins with a slide's
 * fragment-step or notes page (warnings find a page's slide from the page
 * with its id before it). Tagged PDFs print whole (their structure trees are
 * not joined), and so do jobs with --png (made from the tab of the whole print).
 */
export function chunkRanges(job: Pick<PdfJob, 'pageCount' | 'outline' | 'tagged' | 'png' | 'printChunk'>, env: NodeJS.ProcessEnv = process.env): PageRange[] {
  const size = chunkPages(env);
  const whole = [{ first: 0, count: job.pageCount }];
  if (job.tagged || job.png || !job.printChunk || job.pageCount <= (WHOLE_UP_TO_PAGES * size) / CHUNK_PAGES) return whole;
  const starts = new Set(job.outline.flatMap((section) => [section.page, ...section.children.map((child) => child.page)]));
  const parts = Math.ceil(job.pageCount / size);
  const ranges: PageRange[] = [];
  let first = 0;
  for (let k = 1; k <= parts && first < job.pageCount; k++) {
    let end = Math.max(first + 1, Math.round((k * job.pageCount) / parts));
    while (end < job.pageCount && !starts.has(end)) end++;
    ranges.push({ first, count: end - first });
    first = end;
  }
  return ranges;
}

function chunkPages(env: NodeJS.ProcessEnv): number {
  const value = Number(env[CHUNK_PAGES_ENV]);
  return Number.isInteger(value) && value > 0 ? value : CHUNK_PAGES;
}
