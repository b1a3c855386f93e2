/**
 * Jobs are checked before anything is printed: a job the pipeline got wrong is
 * a deckpress bug, and should not cost a browser launch to find.
 */
import { resolve } from 'node:path';
import { pdfError } from '../diagnostics/pdf-error.js';
import type { PdfJob } from './types.js';

export function checkJobs(jobs: PdfJob[]): void {
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const out = resolve(job.outPath);
    const other = seen.get(out);
    if (other !== undefined) {
      throw pdfError('InvalidPdfJob', { label: job.label, detail: `writes the same file as "${other}" (${out})` });
    }
    seen.set(out, job.label);
    if (!Number.isInteger(job.pageCount) || job.pageCount < 1) {
      throw pdfError('InvalidPdfJob', { label: job.label, detail: `page count ${job.pageCount} is not a positive integer` });
    }
    checkOutline(job, job.pageCount);
  }
}

/** Every outline entry must point at a page of the document. */
export function checkOutline(job: PdfJob, pages: number): void {
  for (const section of job.outline) {
    for (const entry of [section, ...section.children]) {
      if (!Number.isInteger(entry.page) || entry.page < 0 || entry.page >= pages) {
        throw pdfError('InvalidPdfJob', {
          label: job.label,
          detail: `outline entry "${entry.title}" points to page ${entry.page}, but the document has pages 0–${pages - 1}`,
        });
      }
    }
  }
}
