/**
 * The PDF engine's entry point: prints many print documents with ONE browser,
 * a few at a time. Each job gets a time limit that grows with its pages and one
 * retry if the browser crashes. The browser is closed on every path.
 */
import { availableParallelism } from 'node:os';
import { BrowserSession } from '../browser/browser-session.js';
import { browserStarter } from '../browser/start-browser.js';
import { isPdfError, pdfError, type PdfError } from '../diagnostics/pdf-error.js';
import { checkJobs } from './check-jobs.js';
import { BrowserCrash, exportJob } from './export-job.js';
import { newPrintPage } from './print-page.js';
import type { PdfJob, PdfOptions, PdfPhase, PdfResult } from './types.js';

export type { PdfJob, PdfOptions, PdfResult } from './types.js';

/**
 * Generous: Chromium printed ~150 simple pages/s here (2,000 in ~14 s); the limit
 * allows two minutes plus 10 pages/s, so heavy slides on a slow runner still fit.
 */
export function defaultTimeoutMs(pageCount: number): number {
  return 120_000 + 100 * pageCount;
}

/**
 * At least two, so one deck prints in Chrome while another is post-processed in
 * Node; beyond cores − 1 tabs only compete for CPU; at most 4 for memory (a
 * 2,000-page deck took up to ~1.6 GB across Chrome's processes while printing here).
 */
export function defaultConcurrency(cores = availableParallelism()): number {
  return Math.min(4, Math.max(2, cores - 1));
}

export async function exportPdfs(jobs: PdfJob[], opts: PdfOptions = {}): Promise<PdfResult[]> {
  if (jobs.length === 0) return [];
  checkJobs(jobs);
  return startPdfExport(opts).run(jobs);
}

/** An export whose browser is already starting: `run` prints with it, `cancel` closes it unused. */
export interface PdfExport {
  run(jobs: PdfJob[]): Promise<PdfResult[]>;
  cancel(): Promise<void>;
}

/**
 * Finds and launches the browser now, so its start-up (~0.4 s here) overlaps the
 * caller's work, e.g. building the HTML. A browser that cannot be found or started
 * is reported by `run`, after that work; `cancel` (or `run`) closes it on every path.
 */
export function startPdfExport(opts: PdfOptions = {}): PdfExport {
  const session = new BrowserSession(browserStarter(opts), newPrintPage);
  session.get().catch(() => undefined);
  const cancel = () => session.close();
  // Stopped from outside (the dev server shutting down): the browser goes at once.
  opts.signal?.addEventListener('abort', () => void cancel(), { once: true });
  return {
    run: async (jobs) => {
      try {
        checkJobs(jobs);
      } catch (error) {
        await cancel();
        throw error;
      }
      if (jobs.length === 0) return cancel().then(() => []);
      return runJobs(session, jobs, opts);
    },
    cancel,
  };
}

async function runJobs(session: BrowserSession, jobs: PdfJob[], opts: PdfOptions): Promise<PdfResult[]> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? defaultConcurrency()));
  const outcomes: ({ ok: true; result: PdfResult } | { ok: false; error: PdfError })[] = [];
  // The browser closes as soon as no job needs it, while the last PDFs are post-processed.
  const needBrowser = new Set(jobs.map((_, i) => i));
  let closing: Promise<void> | undefined;
  const browserDone = (index: number) => {
    needBrowser.delete(index);
    if (needBrowser.size === 0) closing ??= session.close();
  };
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index]!;
        opts.progress?.start(job.label, job.pageCount);
        try {
          const result = await exportWithRetry(session, job, opts, () => browserDone(index));
          outcomes[index] = { ok: true, result };
          opts.progress?.done(job.label, result);
        } catch (error) {
          const typed = toPdfError(error, job);
          outcomes[index] = { ok: false, error: typed };
          opts.progress?.failed(job.label, typed);
        } finally {
          browserDone(index);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    await (closing ?? session.close());
  }
  // Every job ran (one failure does not stop the other decks); the first failure is what the caller sees.
  const failure = outcomes.find((o) => !o.ok);
  if (failure && !failure.ok) throw failure.error;
  return outcomes.map((o) => (o.ok ? o.result : undefined)).filter((r): r is PdfResult => !!r);
}

async function exportWithRetry(
  session: BrowserSession,
  job: PdfJob,
  opts: PdfOptions,
  browserDone: () => void,
): Promise<PdfResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await exportWithTimeout(session, job, opts, browserDone);
    } catch (error) {
      // A lent browser that dropped the connection twice, or could not be reached again for the retry.
      const reconnectFailed = isPdfError(error) && error.code === 'BrowserUnreachable';
      if (opts.browserUrl && attempt >= 2 && (error instanceof BrowserCrash || reconnectFailed)) {
        const detail = reconnectFailed ? `reconnecting failed (${messageOf(error.cause)})` : error.message;
        throw pdfError('BrowserConnectionLost', { label: job.label, url: opts.browserUrl, detail }, error);
      }
      if (!(error instanceof BrowserCrash)) throw error;
      if (attempt >= 2) throw pdfError('BrowserCrashed', { label: job.label, detail: error.message }, error);
    }
  }
}

async function exportWithTimeout(
  session: BrowserSession,
  job: PdfJob,
  opts: PdfOptions,
  browserDone: () => void,
): Promise<PdfResult> {
  const browser = await session.get();
  const limitMs = opts.timeoutMs ?? defaultTimeoutMs(job.pageCount);
  let phase: PdfPhase = 'loading';
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(pdfError('PdfTimeout', { label: job.label, seconds: Math.round(limitMs / 1000), phase }));
  }, limitMs);
  const stop = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', stop, { once: true });
  if (opts.signal?.aborted) stop();
  try {
    return await exportJob(browser, job, {
      signal: controller.signal,
      newPage: () => session.newPage(browser),
      browserDone,
      phase: (p) => {
        phase = p;
        opts.progress?.phase(job.label, p);
      },
      printed: (pages) => opts.progress?.printed?.(job.label, pages),
    });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', stop);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function toPdfError(error: unknown, job: PdfJob): PdfError {
  if (isPdfError(error)) return error;
  return pdfError('PdfExportFailed', { label: job.label, detail: messageOf(error) }, error);
}
