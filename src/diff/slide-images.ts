/**
 * The one place `diff --report` uses a browser: one headless session (the PDF
 * engine's, with its offline policy: no request leaves the machine) that opens
 * each built deck's print document with only the slides asked for laid out, and
 * screenshots them.
 */
import { join } from 'node:path';
import { openTab } from '../browser/lent-browser.js';
import { loadBuiltPage } from '../browser/load-built-page.js';
import { withBrowser, type BrowserChoice } from '../browser/start-browser.js';

export interface SlideShots {
  /** A built deck folder: its print.html (one page per slide, as printed) is opened. */
  deckDir: string;
  ids: readonly string[];
}

/** PNGs of the slides asked for, per deck folder and slide id, from one browser. */
export async function screenshotSlides(decks: readonly SlideShots[], options: BrowserChoice = {}): Promise<Map<string, Map<string, Uint8Array>>> {
  const shots = new Map<string, Map<string, Uint8Array>>();
  const wanted = decks.filter((d) => d.ids.length > 0);
  if (wanted.length === 0) return shots;
  await withBrowser(options, async (browser) => {
    for (const { deckDir, ids } of wanted) {
      const page = await openTab(browser);
      await page.evaluateOnNewDocument(showOnly, ids);
      // The same policy as printing: the page reads only its own built deck.
      await loadBuiltPage(page, join(deckDir, 'print.html'), { readRoots: [deckDir] });
      await page.evaluate(async () => {
        await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
        await document.fonts.ready;
      });
      const images = new Map<string, Uint8Array>();
      for (const id of ids) {
        // The first page of the slide: with fragment steps, the later ones repeat its id.
        const slide = await page.$(`section[id="${id.replace(/["\\]/g, '\\$&')}"]`);
        if (!slide) continue;
        images.set(id, await slide.screenshot({ type: 'png' }));
        await slide.dispose();
      }
      shots.set(deckDir, images);
      await page.close();
    }
  });
  return shots;
}

/** Runs in the page before its HTML: every other slide is left out of layout and paint (a 200-slide print document lays out in ~1 s). */
function showOnly(ids: readonly string[]): void {
  const shown = ids.map((id) => `[id="${CSS.escape(id)}"]`).join(', ');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`section:not(section section):not(${shown}) { display: none !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
