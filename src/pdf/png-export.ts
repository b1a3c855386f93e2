/**
 * --png: one PNG per page of the print document (as printed: print media,
 * 1280×720) and a contact sheet of all of them, from the page already loaded
 * for the PDF (newPrintPage set print media and the page-sized viewport).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { commitStagedFiles, siblingTemp } from '../emit/write-atomic.js';
import type { Browser, Page } from 'puppeteer';
import { openTab } from '../browser/lent-browser.js';
import { loadBuiltPage } from '../browser/load-built-page.js';
import { SLIDE_SELECTOR } from './print-page.js';

const OWN_FILE = /^(\d{3,}(-[a-z0-9_-]+)?\.png|contact-sheet\.png)$/i;

export interface StagedPngs {
  /** Final paths, pages first and the contact sheet last. */
  files: string[];
  /** Puts the PNGs in place of the earlier export's (call once the PDF is written). */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Makes the PNGs in a staging folder beside `dir`: the earlier export's PNGs stay
 * until the whole job has succeeded.
 */
export async function exportPngs(browser: Browser, page: Page, dir: string): Promise<StagedPngs> {
  const staging = siblingTemp(dir, 'building');
  const discard = () => rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    const staged = await screenshotPages(browser, page, staging);
    return {
      files: staged.map((file) => join(dir, file.slice(staging.length + 1))),
      // Files of an earlier export with more pages must not linger; only our own names are removed.
      commit: () => commitStagedFiles(staging, dir, (name) => OWN_FILE.test(name)),
      discard,
    };
  } catch (error) {
    await discard();
    throw error;
  }
}

async function screenshotPages(browser: Browser, page: Page, dir: string): Promise<string[]> {
  const slides = await page.$$(SLIDE_SELECTOR);
  const width = Math.max(3, String(slides.length).length);
  const files: string[] = [];
  for (const [i, slide] of slides.entries()) {
    const id = await slide.evaluate((el) => el.id);
    const safeId = id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    const file = join(dir, `${String(i + 1).padStart(width, '0')}${safeId ? `-${safeId}` : ''}.png`);
    await slide.screenshot({ path: file as `${string}.png`, type: 'png' });
    await slide.dispose();
    files.push(file);
  }
  files.push(await writeContactSheet(browser, dir, files));
  return files;
}

/** A grid of thumbnails with page numbers: an HTML page of the PNGs, screenshotted. */
async function writeContactSheet(browser: Browser, dir: string, files: string[]): Promise<string> {
  const columns = Math.max(6, Math.ceil(Math.sqrt(files.length)));
  const thumb = columns <= 8 ? 256 : 160;
  const cells = files
    .map((file, i) => `<figure><img src="${encodeURIComponent(basename(file))}"><figcaption>${i + 1}</figcaption></figure>`)
    .join('');
  const html = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; padding: 16px; background: #fff; font: 12px sans-serif; color: #444;
  display: grid; grid-template-columns: repeat(${columns}, ${thumb}px); gap: 16px; width: max-content; }
figure { margin: 0; } img { width: ${thumb}px; height: ${(thumb * 9) / 16}px; display: block; border: 1px solid #ddd; }
figcaption { text-align: center; padding-top: 4px; }
</style>${cells}`;
  // In the staging folder beside the PNGs (served to a lent browser like them); never committed.
  const htmlPath = join(dir, 'contact-sheet.html');
  const out = join(dir, 'contact-sheet.png');
  await writeFile(htmlPath, html);
  const page = await openTab(browser);
  try {
    await page.setViewport({ width: 800, height: 600 });
    await loadBuiltPage(page, htmlPath, { readRoots: [dir] });
    await page.screenshot({ path: out as `${string}.png`, fullPage: true, type: 'png' });
  } finally {
    await page.close().catch(() => undefined);
    await rm(htmlPath, { force: true });
  }
  return out;
}
