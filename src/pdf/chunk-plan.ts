/**
 * Which pages of a print document print together. Chrome's printing cost per
 * page grows with the document it prints (docs/pdf-engine.md, "Where the time
 * goes past a few hundred slides"): a large deck prints as parts of about
 * CHUNK_PAGES pages, each its own small document, joined afterwards. A deck of
 * up to twice that prints whole, as before (the 212-slide deck's 240 pages).
 */
import type { PdfJob } from './types.js';

/**
 * Measured on the 2,000-slide bench deck (2,189 pages), one run, two tabs: whole
 * 48 s; parts of 50 pages 19 s, 100: 20 s, 150: 19 s, 250: 16 s. Smaller parts
 * print faster per page, but each costs a tab, a load and its fonts again.
 */
export const CHUNK_PAGES = 250;

/** Tests set a small part size to print a few dozen slides in several parts. */
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
  if (job.tagged || job.png || !job.printChunk || job.pageCount <= 2 * size) return whole;
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
