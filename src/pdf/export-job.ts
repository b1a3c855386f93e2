/**
 * One print document to one PDF (and PNGs), in a browser someone else owns:
 * load, lay out, print, post-process, write atomically. Stops at once when the
 * renderer or browser dies or `signal` aborts, and always closes its tab.
 */
import { stat } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer';
import { locateUrls } from './measure/locate-urls.js';
import { measurePrintDocument } from './measure/measure-page.js';
import { printWarnings } from './print-findings.js';
import { newPrintPage, openPrintPage, printToPdf, SLIDE_SELECTOR } from './print-page.js';
import type { PdfJob, PdfPhase, PdfResult } from './types.js';
import { exportPngs, type StagedPngs } from './png-export.js';
import { writeFileAtomic } from '../emit/write-atomic.js';

/** The browser or its renderer died: the job may be retried in a fresh browser. */
export class BrowserCrash extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BrowserCrash';
  }
}

export interface JobHooks {
  phase(phase: PdfPhase): void;
  /** Opens the job's tab, set up by newPrintPage (default: a new one). */
  newPage?(): Promise<Page>;
  /** The job no longer needs the browser (it may close while the PDF is post-processed). */
  browserDone?(): void;
  signal: AbortSignal;
}

export async function exportJob(browser: Browser, job: PdfJob, hooks: JobHooks): Promise<PdfResult> {
  const started = performance.now();
  let stopWith: (error: Error) => void = () => undefined;
  let stopReason: Error | undefined;
  const stopped = new Promise<never>((_, reject) => {
    stopWith = (error) => {
      stopReason ??= error;
      reject(error);
    };
  });
  stopped.catch(() => undefined);
  const onDisconnect = () => stopWith(new BrowserCrash('the browser process exited'));
  const onAbort = () => stopWith(hooks.signal.reason instanceof Error ? hooks.signal.reason : new Error('aborted'));
  // on, not once: puppeteer's off() cannot remove a once() handler (it wraps it).
  browser.on('disconnected', onDisconnect);
  hooks.signal.addEventListener('abort', onAbort, { once: true });
  if (hooks.signal.aborted) onAbort();
  if (!browser.connected) onDisconnect();
  const until = <T>(work: Promise<T>): Promise<T> => Promise.race([work, stopped]);
  // The post-processor loads while the page loads and prints, off the critical path.
  const postProcessing = import('./post-process.js');
  postProcessing.catch(() => undefined);

  let page: Page | undefined;
  let pngs: StagedPngs | undefined;
  let usingBrowser = true;
  try {
    page = await until(hooks.newPage ? hooks.newPage() : newPrintPage(browser));
    // A crashed renderer leaves pending calls unsettled; stop at once instead.
    page.on('error', (error) => usingBrowser && stopWith(new BrowserCrash(`the page crashed (${error.message})`)));
    const opened = await until(openPrintPage(page, job, hooks.phase));
    // Measured on the laid-out page, as lint --render measures it: no second load.
    const measured = await until(page.evaluate(measurePrintDocument, SLIDE_SELECTOR));
    const events = await until(opened.events());
    const refused = events.policy.blockedFiles;
    const urlSlides = refused.length ? await until(page.evaluate(locateUrls, refused, SLIDE_SELECTOR)) : {};
    await until(opened.seal());
    hooks.phase('printing');
    const chromePdf = await until(printToPdf(page, job.tagged));
    hooks.phase('finishing');
    pngs = job.png ? await until(exportPngs(browser, page, job.png.dir)) : undefined;
    await page.close().catch(() => undefined);
    page = undefined;
    // From here the browser may close under us; that is not a crash.
    usingBrowser = false;
    browser.off('disconnected', onDisconnect);
    hooks.browserDone?.();
    const { postProcess } = await postProcessing;
    const pdf = postProcess(chromePdf, job);
    // Not raced: a write that has started finishes (atomically) rather than being abandoned half-way.
    if (stopReason) throw stopReason;
    await writeFileAtomic(job.outPath, pdf);
    await pngs?.commit();
    const { size } = await stat(job.outPath);
    return {
      label: job.label,
      outPath: job.outPath,
      pages: job.pageCount,
      bytes: size,
      ms: Math.round(performance.now() - started),
      pngFiles: pngs?.files ?? [],
      ...printWarnings(job, { events, measured, urlSlides }),
    };
  } catch (error) {
    await pngs?.discard();
    // Puppeteer reports a dead browser as a protocol or target error; name it for the retry.
    if (usingBrowser && !(error instanceof BrowserCrash) && !browser.connected) throw new BrowserCrash(messageOf(error));
    throw error;
  } finally {
    browser.off('disconnected', onDisconnect);
    hooks.signal.removeEventListener('abort', onAbort);
    // The tab of a job that failed or was stopped is closed without waiting long: a
    // browser too busy to answer is killed by its session (puppeteer would wait 180 s).
    if (page && browser.connected) await closeWithin(page, stopReason ? 0 : CLOSE_TAB_MS);
  }
}

const CLOSE_TAB_MS = 2_000;

async function closeWithin(page: Page, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([page.close().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
