/**
 * Loads a static print document and prints it in one `page.pdf` call. The
 * document already has one 1280×720 page per slide (`@page` sized), so there is
 * no layout script to wait for: only fonts and images.
 */
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { openTab } from '../browser/lent-browser.js';
import { loadBuiltPage } from '../browser/load-built-page.js';
import type { IsolatedPage, PageReport } from '../browser/page-policy.js';
import { pdfError } from '../diagnostics/pdf-error.js';
import { SLIDE_SIZE } from '../theme/theme-manifest.js';
import { readSlideEvents, watchSlideScripts, type SlideEvent } from './slide-scripts.js';
import type { PdfJob, PdfPhase } from './types.js';

// Every top-level section is one page: slides, fragment steps and notes pages alike.
export const SLIDE_SELECTOR = 'section:not(section section)';
/** The print document's page size in CSS pixels (its `@page` rule): the slide's. */
export const PAGE_SIZE = SLIDE_SIZE;

/**
 * A tab set up for print documents (BrowserSession opens one as soon as the
 * browser is up, before the HTML is even built).
 */
export async function newPrintPage(browser: Browser): Promise<Page> {
  const page = await openTab(browser);
  // Laid out for print from the start: switching media at page.pdf() restyles and
  // relays out every slide again, which took half of Chrome's printing time.
  await page.emulateMediaType('print');
  await page.setViewport({ ...PAGE_SIZE, deviceScaleFactor: 1 });
  await page.evaluateOnNewDocument(holdLayoutUntilParsed);
  await page.evaluateOnNewDocument(watchSlideScripts);
  return page;
}

/** What the page did while it loaded, besides its content: requests the policy stopped, slide scripts' errors and dialogs. */
export interface PrintPageEvents {
  policy: PageReport;
  slides: SlideEvent[];
}

/** A loaded print document: what it did, and `seal` (page-policy.ts) before printing. */
export interface OpenedPrintPage extends Pick<IsolatedPage, 'seal' | 'failedLoads'> {
  events(): Promise<PrintPageEvents>;
}

/**
 * Loads the print document into `page` (from newPrintPage) and waits until it is
 * laid out; checks it has `job.pageCount` pages. The page reads only the files of
 * the deck's built output (the print document's folder).
 */
export async function openPrintPage(
  page: Page,
  /** `html`: served at the file's URL in place of its content (a part of it: print-chunks.ts). */
  job: Pick<PdfJob, 'printHtmlPath' | 'pageCount' | 'label'> & { html?: string },
  onPhase: (phase: PdfPhase) => void,
  /** For the load; 0 (none) when the caller keeps its own time limit, as PDF jobs do. */
  timeoutMs = 0,
): Promise<OpenedPrintPage> {
  try {
    await access(job.printHtmlPath);
  } catch {
    throw pdfError('PrintFileNotFound', { path: job.printHtmlPath });
  }
  onPhase('loading');
  const isolated = await loadBuiltPage(page, job.printHtmlPath, { readRoots: [dirname(job.printHtmlPath)], timeoutMs, ...(job.html === undefined ? {} : { html: job.html }) });
  onPhase('laying out');
  const slides = await page.evaluate(async (selector) => {
    // Lazy images outside the viewport would print blank.
    for (const img of Array.from(document.images)) img.loading = 'eager';
    await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
    return document.querySelectorAll(selector).length;
  }, SLIDE_SELECTOR);
  if (slides !== job.pageCount) {
    throw pdfError('PageCountMismatch', {
      label: job.label,
      expected: job.pageCount,
      actual: slides,
      where: 'print document',
    });
  }
  return {
    events: async () => {
      // Both read the page: asked together, the round trips overlap.
      const [policy, slides] = await Promise.all([isolated.report(), page.evaluate(readSlideEvents)]);
      return { policy, slides };
    },
    seal: isolated.seal,
    failedLoads: isolated.failedLoads,
  };
}

/**
 * `tagged`: a structure tree for screen readers. It costs Chrome about a third
 * more printing time and the file about 25% more, so decks ask for it
 * (`pdf: { tagged: true }`); text is selectable and searchable either way.
 */
export async function printToPdf(page: Page, tagged = false): Promise<Uint8Array> {
  return page.pdf({
    printBackground: true,
    preferCSSPageSize: true,
    // deckpress writes its own outline (sections and slide headlines as written).
    outline: false,
    tagged,
    waitForFonts: true,
    timeout: 0,
  });
}

/**
 * Runs in the page before its HTML: nothing is laid out until the whole document
 * is parsed. Otherwise Chrome lays out after every parser chunk (four or five
 * layouts of a growing 240-page document instead of one, ~0.1 s).
 */
function holdLayoutUntilParsed(): void {
  const hold = new CSSStyleSheet();
  hold.replaceSync('html { display: none !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hold];
  document.addEventListener('DOMContentLoaded', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hold);
  }, { once: true });
}
