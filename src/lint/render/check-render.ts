import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HTTPRequest } from 'puppeteer';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { findBrowser } from '../../pdf/find-browser.js';
import { closeBrowser, launchBrowser } from '../../pdf/launch-browser.js';
import { PAGE_SIZE, SLIDE_SELECTOR } from '../../pdf/print-page.js';
import { writeDeck, type CompiledDeck } from '../../pipeline.js';
import { captureSlideErrors, type SlideError } from './capture-errors.js';
import { measurePrintDocument, type DocumentFindings } from './measure-page.js';
import { renderFindings, type BrowserEvents } from './render-findings.js';

export interface RenderCheckOptions {
  /** A browser to use instead of the discovered one (as `--browser-path`). */
  browserPath?: string;
  /** How long the page may take to load, in ms. */
  timeoutMs?: number;
}

export interface RenderCheck {
  diagnostics: Diagnostic[];
  /** The raw measurements, for tests of lint's own estimates. */
  findings: DocumentFindings;
}

// Only the deck's own files load: decks work offline, and so does lint.
const LOCAL = /^(file|data|blob|about):/i;

/**
 * Builds a compiled deck (full deck only) into a temporary folder, opens its
 * print.html in a headless browser and reports what the browser sees: slides whose
 * content does not fit, images and fonts that fail, console errors. The folder and
 * the browser are always removed and closed. The deck must have compiled without errors.
 */
export async function checkRender(compiled: CompiledDeck, options: RenderCheckOptions = {}): Promise<RenderCheck> {
  const full = compiled.targets.find((t) => t.variant === undefined);
  if (!compiled.deck || !full) throw new Error('checkRender needs a deck that compiled without errors');
  const deck = compiled.deck;
  const temp = await mkdtemp(join(tmpdir(), 'deckpress-lint-'));
  try {
    const outDir = await writeDeck({ ...compiled, targets: [full] }, temp);
    const browser = await launchBrowser(await findBrowser(options.browserPath ? { browserPath: options.browserPath } : {}));
    try {
      const page = await browser.newPage();
      await page.setViewport(PAGE_SIZE);
      const events: BrowserEvents = { failedRequests: [], errors: [], slideErrors: [] };
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.isInterceptResolutionHandled()) return;
        void (LOCAL.test(request.url()) ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
      });
      page.on('requestfailed', (request) => events.failedRequests.push({ url: request.url(), type: request.resourceType() }));
      page.on('console', (message) => {
        if (message.type() === 'error') events.errors.push({ text: message.text(), ...(message.location().url ? { url: message.location().url! } : {}) });
      });
      page.on('pageerror', (error) => events.errors.push({ text: error instanceof Error ? error.message : String(error) }));
      await page.evaluateOnNewDocument(captureSlideErrors);
      const printUrl = pathToFileURL(join(outDir, 'print.html')).href;
      await page.goto(printUrl, { waitUntil: 'load', timeout: options.timeoutMs ?? 60_000 });
      const findings = await page.evaluate(measurePrintDocument, SLIDE_SELECTOR);
      events.slideErrors = await page.evaluate(() => (window as unknown as { __deckpressErrors?: SlideError[] }).__deckpressErrors ?? []);
      const baseUrl = printUrl.replace(/print\.html$/, '');
      return { diagnostics: renderFindings(findings, events, deck, full.model, baseUrl), findings };
    } finally {
      await closeBrowser(browser);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
