/**
 * `deckpress doctor`'s browser check: find the browser the PDF export would use,
 * start it, and print a one-page PDF, exactly as an export does.
 */
import { findBrowser, type FoundBrowser } from './find-browser.js';
import { closeBrowser, launchBrowser } from './launch-browser.js';
import { isPdfError, pdfError } from '../diagnostics/pdf-error.js';
import { themeStyle } from '../theme/theme-manifest.js';

export interface BrowserCheck {
  found: FoundBrowser;
  /** As the browser reports it, e.g. "HeadlessChrome/156.0.8078.108". */
  version: string;
  /** Launch and a one-page print, in milliseconds. */
  ms: number;
}

/** Starting and printing one page takes about a second; a browser that needs this long is broken. */
const CHECK_TIMEOUT_MS = 30_000;

export async function checkBrowser(opts: { browserPath?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BrowserCheck> {
  const found = await findBrowser(opts);
  const started = performance.now();
  const browser = await launchBrowser(found, { timeoutMs: CHECK_TIMEOUT_MS });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    await page.setContent(`<style>${themeStyle()}</style><h1>deckpress</h1>`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: CHECK_TIMEOUT_MS });
    if (!Buffer.from(pdf.subarray(0, 5)).toString('latin1').startsWith('%PDF')) {
      throw pdfError('BrowserLaunchFailed', { path: found.path, detail: 'it started but did not print a PDF' });
    }
    return { found, version, ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (isPdfError(error)) throw error;
    throw pdfError('BrowserLaunchFailed', { path: found.path, detail: (error as Error)?.message ?? String(error) }, error);
  } finally {
    await closeBrowser(browser);
  }
}
