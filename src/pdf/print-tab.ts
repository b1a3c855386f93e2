/**
 * One print document (or one part of it) in one tab: load and lay out, measure
 * what does not fit, note what the page tried, then print. The caller owns the
 * tab and races every step against its stop signal (`until`).
 */
import type { Page } from 'puppeteer';
import { locateUrls } from './measure/locate-urls.js';
import { measurePrintDocument } from './measure/measure-page.js';
import type { PrintFindings } from './print-findings.js';
import { openPrintPage, printToPdf, SLIDE_SELECTOR } from './print-page.js';
import type { PdfJob, PdfPhase } from './types.js';

export interface PrintedTab {
  pdf: Uint8Array;
  found: PrintFindings;
}

export type Until = <T>(work: Promise<T>) => Promise<T>;

/** `part`: the pages the tab prints, as openPrintPage takes them (the whole job, or a part with its HTML). */
export async function printTab(
  page: Page,
  part: Parameters<typeof openPrintPage>[1] & Pick<PdfJob, 'tagged'>,
  until: Until,
  phase: (phase: PdfPhase) => void,
): Promise<PrintedTab> {
  const opened = await until(openPrintPage(page, part, phase));
  // Measured on the laid-out page, as lint --render measures it: no second load.
  const measured = await until(page.evaluate(measurePrintDocument, SLIDE_SELECTOR));
  const events = await until(opened.events());
  const refused = events.policy.blockedFiles;
  const urlSlides = refused.length ? await until(page.evaluate(locateUrls, refused, SLIDE_SELECTOR)) : {};
  await until(opened.seal());
  phase('printing');
  const pdf = await until(printToPdf(page, part.tagged));
  return { pdf, found: { events, measured, urlSlides } };
}
