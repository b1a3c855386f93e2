/**
 * One print document to one PDF (and PNGs), in a browser someone else owns:
 * load, lay out, print (a large deck in parts, a small one as the one part:
 * print-chunks.ts), post-process, write atomically. Stops at once when the
 * renderer or browser dies or `signal` aborts, and always closes its tabs.
 */
import { stat } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer';
import { chunkRanges } from './chunk-plan.js';
import { chunkPart, printChunks } from './print-chunks.js';
import { printWarnings } from './print-findings.js';
import { newPrintPage } from './print-page.js';
import { printTab } from './print-tab.js';
import type { PdfJob, PdfPhase, PdfResult } from './types.js';
import { exportPngs, type StagedPngs } from './png-export.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { within } from '../browser/within.js';

/** The browser or its renderer died: the job may be retried in a fresh browser. */
export class BrowserCrash extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BrowserCrash';
  }
}

export interface JobHooks {
  phase(phase: PdfPhase): void;
  /** Pages printed so far, after each part of a deck printed in parts. */
  printed?(pages: number): void;
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

  let pngs: StagedPngs | undefined;
  let usingBrowser = true;
  // Open tabs: closed on every path; one that opens after the job ended is closed at once.
  const tabs = new Set<Page>();
  let ended = false;
  const openTab = async (spare: boolean): Promise<Page> => {
    const opening = spare && hooks.newPage ? hooks.newPage() : newPrintPage(browser);
    opening.then((tab) => (ended ? void tab.close().catch(() => undefined) : tabs.add(tab)), () => undefined);
    const tab = await until(opening);
    // A crashed renderer leaves pending calls unsettled; stop at once instead.
    tab.on('error', (error) => usingBrowser && stopWith(new BrowserCrash(`the page crashed (${error.message})`)));
    return tab;
  };
  const closeTab = async (tab: Page): Promise<void> => {
    tabs.delete(tab);
    // Raced like every other call: a browser killed while a tab closes leaves the close unsettled.
    await until(tab.close().catch(() => undefined));
  };
  try {
    // A deck printed whole is the one-part case: one range, the job itself.
    const ranges = chunkRanges(job);
    let pages = 0;
    let pngTab: Page | undefined;
    const printed = await printChunks(ranges, async (range, index) => {
      const page = await openTab(index === 0);
      // The first part's phases stand for the job's.
      const part = await printTab(page, chunkPart(job, range), until, index === 0 ? hooks.phase : () => undefined);
      // PNGs are taken from the tab that printed (chunkRanges prints a job with --png whole).
      if (job.png) pngTab = page;
      else await closeTab(page);
      if (ranges.length > 1) hooks.printed?.((pages += range.count));
      return part;
    });
    hooks.phase('finishing');
    if (job.png && pngTab) {
      pngs = await until(exportPngs(browser, pngTab, job.png.dir));
      await closeTab(pngTab);
    }
    // From here the browser may close under us; that is not a crash.
    usingBrowser = false;
    browser.off('disconnected', onDisconnect);
    hooks.browserDone?.();
    const { postProcess } = await postProcessing;
    const pdf = postProcess(printed.pdfs, job);
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
      ...printWarnings(job, printed.found),
    };
  } catch (error) {
    await pngs?.discard();
    // Puppeteer reports a dead browser as a protocol or target error; name it for the retry.
    if (usingBrowser && !(error instanceof BrowserCrash) && !browser.connected) throw new BrowserCrash(messageOf(error));
    throw error;
  } finally {
    browser.off('disconnected', onDisconnect);
    hooks.signal.removeEventListener('abort', onAbort);
    ended = true;
    // The tabs of a job that failed or was stopped are closed without waiting long: a
    // browser too busy to answer is killed by its session (puppeteer would wait 180 s).
    if (browser.connected) await Promise.all([...tabs].map((tab) => within(stopReason ? 0 : CLOSE_TAB_MS, tab.close())));
  }
}

const CLOSE_TAB_MS = 2_000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
