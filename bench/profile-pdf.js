#!/usr/bin/env node
// Where does `deckpress pdf` spend its time as decks grow?
//   node bench/profile-pdf.js [slides ...]        (default: 212 1000 2000)
// For each synthetic deck, in one browser, with deckpress's own functions: the
// print document's load and layout, Chrome's printToPDF of the whole document,
// the same document printed as page ranges of 250 pages (one call each, the
// document laid out once; RANGES=0 skips it) and the post-processing of that
// print; then the deck printed as the PDF engine prints it: whole up to
// WHOLE_UP_TO_PAGES, else in parts (pdf/chunk-plan.ts, pdf/print-chunks.ts),
// each its own small document written by the render stage, in its own tab,
// CHUNK_TABS tabs at a time, joined by the post-processor. TRACE=1 also records
// a Chrome trace of the whole-document print and sums its events by name.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticContent, writeDeckpressDeck } from './lib/synthetic-deck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (path) => import(pathToFileURL(join(root, 'lib', path)).href);
const [{ compileDeck, writeDeck }, { pdfJobs }, { findBrowser }, { launchBrowser, closeBrowser }, page_, { printTab }, { CHUNK_PAGES, chunkRanges }, chunks_, { postProcess }] = await Promise.all(
  ['pipeline.js', 'pdf/pdf-jobs.js', 'browser/find-browser.js', 'browser/launch-browser.js', 'pdf/print-page.js', 'pdf/print-tab.js', 'pdf/chunk-plan.js', 'pdf/print-chunks.js', 'pdf/post-process.js'].map(lib),
);
const { newPrintPage, openPrintPage, printToPdf } = page_;
const { CHUNK_TABS, chunkPart, printChunks } = chunks_;
const sizes = process.argv.slice(2).map(Number);
const work = await mkdtemp(join(tmpdir(), 'deckpress-profile-pdf-'));
const browser = await launchBrowser(await findBrowser({}));
const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
};

try {
  console.log(`slides  pages    load+layout    printToPDF   ranges of ${CHUNK_PAGES} (sum)   post-process   ms/page (print)   as the engine prints: parts   print (${CHUNK_TABS} tabs)   post-process`);
  for (const slides of sizes.length ? sizes : [212, 1000, 2000]) {
    const dir = await writeDeckpressDeck(join(work, 'decks', `s${slides}`), syntheticContent({ slides, sections: Math.max(8, Math.round(slides / 100)) }));
    const compiled = await compileDeck(dir);
    const job = pdfJobs(compiled, await writeDeck(compiled, join(work, 'out')), { version: '0' })[0];
    const page = await newPrintPage(browser);
    const [load] = await time(() => openPrintPage(page, job, () => undefined));
    const trace = process.env.TRACE ? join(work, `trace-${slides}.json`) : undefined;
    if (trace) await page.tracing.start({ path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'skia'] });
    const [print, pdf] = await time(() => printToPdf(page));
    if (trace) await page.tracing.stop();
    let ranges = 0;
    for (let first = 1; process.env.RANGES !== '0' && first <= job.pageCount; first += CHUNK_PAGES) {
      const last = Math.min(first + CHUNK_PAGES - 1, job.pageCount);
      const [ms] = await time(() => page.pdf({ printBackground: true, preferCSSPageSize: true, outline: false, tagged: false, timeout: 0, pageRanges: `${first}-${last}` }));
      ranges += ms;
    }
    const [post] = await time(() => postProcess(pdf, job));
    await page.close();
    // The engine's plan (DECKPRESS_PDF_CHUNK_PAGES sets the part size): one part up to WHOLE_UP_TO_PAGES.
    const parts = chunkRanges(job);
    const [inParts, printed] = await time(() => printChunks(parts, (range) => printPart(job, range)));
    const [join_] = await time(() => postProcess(printed.pdfs, job));
    const f = (ms) => `${(ms / 1000).toFixed(2).padStart(8)} s`;
    console.log(`${String(slides).padStart(6)} ${String(job.pageCount).padStart(6)} ${f(load)}   ${f(print)}   ${f(ranges)}            ${f(post)}   ${(print / job.pageCount).toFixed(1).padStart(8)}          ${String(parts.length).padStart(5)}   ${f(inParts)}        ${f(join_)}`);
    if (trace) await summarizeTrace(trace);
  }
} finally {
  await closeBrowser(browser);
  await rm(work, { recursive: true, force: true });
}

/** One part in its own tab, as the engine prints it (export-job.ts): open, print, close. */
async function printPart(job, range) {
  const page = await newPrintPage(browser);
  try {
    return await printTab(page, chunkPart(job, range), (work) => work, () => undefined);
  } finally {
    await page.close();
  }
}

/** The trace's complete events summed by name (self time not separated: nested events count in each). */
async function summarizeTrace(path) {
  const { readFile } = await import('node:fs/promises');
  const events = JSON.parse(await readFile(path, 'utf8')).traceEvents ?? [];
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const sum = sums.get(e.name) ?? { ms: 0, n: 0 };
    sums.set(e.name, { ms: sum.ms + e.dur / 1000, n: sum.n + 1 });
  }
  console.log('  trace of the full print, longest event names: inclusive ms, count, mean ms');
  for (const [name, { ms, n }] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) console.log(`  ${ms.toFixed(0).padStart(8)} ${String(n).padStart(6)} ${(ms / n).toFixed(2).padStart(8)}  ${name}`);
}
