import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusedUrl } from '../../browser/page-policy.js';
import { withBrowser } from '../../browser/start-browser.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { measurePrintDocument, type DocumentFindings } from '../../pdf/measure/measure-page.js';
import { newPrintPage, openPrintPage, SLIDE_SELECTOR } from '../../pdf/print-page.js';
import { writeDeck, type CompiledDeck } from '../../pipeline.js';
import { renderFindings, type BrowserEvents } from './render-findings.js';

export interface RenderCheckOptions {
  /** A browser to use instead of the discovered one (as `--browser-path`), or a lent one (`--browser-url`). */
  browserPath?: string;
  browserUrl?: string;
  serveHost?: string;
  /** How long the page may take to load, and any one browser call, in ms. */
  timeoutMs?: number;
}

export interface RenderCheck {
  diagnostics: Diagnostic[];
  /** The raw measurements, for tests of lint's own estimates. */
  findings: DocumentFindings;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Builds a compiled deck (full deck only) into a temporary folder, opens its
 * print.html as `pdf` does (same browser, same page set-up, same offline policy)
 * and reports what the browser sees: slides whose content does not fit, images
 * and fonts that fail, console errors. The folder and the browser are always
 * removed and closed. The deck must have compiled without errors.
 */
export async function checkRender(compiled: CompiledDeck, options: RenderCheckOptions = {}): Promise<RenderCheck> {
  const full = compiled.targets.find((t) => t.variant === undefined);
  if (!compiled.deck || !full) throw new Error('checkRender needs a deck that compiled without errors');
  const deck = compiled.deck;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const temp = await mkdtemp(join(tmpdir(), 'deckpress-lint-'));
  try {
    const outDir = await writeDeck({ ...compiled, targets: [full] }, temp);
    const choice = { ...options, timeoutMs };
    return await withBrowser(choice, async (browser) => {
      const page = await newPrintPage(browser);
      const errors: BrowserEvents['errors'] = [];
      page.on('console', (message) => {
        // What the read policy refused is the policy's report, not a script's error.
        if (message.type() === 'error' && !refusedUrl(message)) errors.push({ text: message.text(), ...(message.location().url ? { url: message.location().url! } : {}) });
      });
      page.on('pageerror', (error) => errors.push({ text: error instanceof Error ? error.message : String(error) }));
      const printHtmlPath = join(outDir, 'print.html');
      const job = { printHtmlPath, pageCount: full.rendered.pageCount, label: compiled.name };
      const opened = await openPrintPage(page, job, () => undefined, timeoutMs);
      const findings = await page.evaluate(measurePrintDocument, SLIDE_SELECTOR);
      const { slides } = await opened.events();
      // Failed images and fonts as the page policy saw them fail (as for printing): no listeners of lint's own.
      const events: BrowserEvents = { failedRequests: opened.failedLoads(), errors, slideEvents: slides };
      // The print document's folder, file: or the page server's (a lent browser).
      const baseUrl = page.url().replace(/[^/]*$/, '');
      return { diagnostics: renderFindings(findings, events, deck, full.model, baseUrl), findings };
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
