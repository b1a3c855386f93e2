/**
 * The build, as a table of contents. A deck goes through these stages in order,
 * each owned by one folder of src/ (README's Development section draws the same
 * picture). Each deck is compiled in memory first; only a deck without errors is
 * written, and it is swapped in whole, so a failed build leaves the last good output.
 */
import { join, resolve } from 'node:path';
import { DiagnosticsError, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { compileDeck } from './compile/compile-deck.js';
import type { CompiledDeck, CompileOptions } from './compile/compiled-deck.js';
import { writeDeck } from './compile/write-deck.js';
import { checkOutDir } from './emit/check-out-dir.js';
import { withOutputLocks } from './emit/output-lock.js';
import { sourcesModified } from './load/sources-modified.js';
import type { PdfOptions, PdfResult } from './pdf/types.js';
import type { PptxResult } from './pptx/export-pptx.js';

/** The stages, in order: name, the folder that owns it, what it does. tests/unit/architecture.test.ts keeps it complete. */
export const STAGES = [
  { name: 'load', folder: 'load', does: 'reads deck.yaml, section files, data files, templates and the theme; positions for every value' },
  { name: 'validate', folder: 'validate', does: 'checks front matter and deck.yaml against the schemas; typed values or diagnostics' },
  { name: 'model', folder: 'model', does: 'the deck as slides: ids, sections, generated slides, variants, references' },
  { name: 'data', folder: 'data', does: 'tables, {{ references }} and formats, resolved for render' },
  { name: 'charts', folder: 'charts', does: 'chart specs drawn as SVG (and Vega-Lite), cached by content' },
  { name: 'render', folder: 'render', does: 'Markdown and Handlebars templates into index.html and print.html' },
  { name: 'compile', folder: 'compile', does: 'runs load to render for a deck and its variants, in memory, with the checks every command shares (images, slide links, variants); writes a compiled deck' },
  { name: 'emit', folder: 'emit', does: 'writes the site: pages, theme, fonts, reveal.js, assets, atomically' },
  { name: 'pdf', folder: 'pdf', does: 'prints print.html in Chromium; outline, metadata, PNG pages' },
  { name: 'pptx', folder: 'pptx', does: 'the compiled deck as editable PowerPoint: text runs, native charts, masters (no browser)' },
  { name: 'lint', folder: 'lint', does: 'every diagnostic of a deck and its rules, without writing (--render: in a browser)' },
  { name: 'diff', folder: 'diff', does: 'compares two builds by their manifests (deck.json); the review report with slide images' },
  { name: 'site-index', folder: 'site-index', does: 'reads an output folder back (shards merged) and lists its decks in one index.html' },
  { name: 'serve', folder: 'serve', does: 'the dev server: rebuilds what an edit touches, reloads the browser' },
  { name: 'cli', folder: 'cli', does: 'commands, flags, printing diagnostics, exit codes' },
] as const;

/** What stages share (not stages): diagnostics catalogue, deck.yaml schema, theme manifest, the browser. */
export const SHARED = [
  { folder: 'diagnostics', does: 'the catalogue of codes, Diagnostic, formatting' },
  { folder: 'config', does: 'the deck.yaml schema' },
  { folder: 'theme', does: 'the theme manifest: slide size, headline box, layouts with chrome' },
  { folder: 'browser', does: 'the headless browser pdf, lint --render, dev and doctor share: find, launch or connect, isolate pages, close' },
  { folder: 'fonts', does: 'the fonts a deck ships (the unicode-range subsets its text uses) and glyph coverage' },
] as const;

export { chartCacheDir, compileDeck, dataFolders, diskSources, loadDeckData } from './compile/compile-deck.js';
export type { BuildTarget, CompiledDeck, CompileOptions, CompileSources, DataFolderLoader, LoadedData } from './compile/compiled-deck.js';
export { writeDeck } from './compile/write-deck.js';

export interface BuildOptions extends CompileOptions {
  deckDirs: readonly string[];
  outDir: string;
  /** Also export a PDF of every deck and variant (all with one browser). */
  pdf?: boolean;
  /** With pdf: one PNG per page and a contact sheet. */
  png?: boolean;
  /** Also export an editable .pptx of every deck and variant (no browser). */
  pptx?: boolean;
  pdfOptions?: PdfOptions;
}

export interface BuildResult {
  decks: (CompiledDeck & { outDir: string })[];
  /** Warnings of every deck (a build with errors throws DiagnosticsError instead). */
  diagnostics: Diagnostic[];
  pdfs?: PdfResult[];
  pptx?: PptxResult[];
}

/** Compiles every deck, writes them only when none has an error, then exports their PDFs. */
export async function buildDecks(options: BuildOptions): Promise<BuildResult> {
  checkOutDir(options.outDir, options.deckDirs);
  // The PDF engine loads and the browser starts while the decks compile.
  const pdfExport = options.pdf
    ? import('./pdf/export-pdfs.js').then((engine) => engine.startPdfExport(options.pdfOptions ?? {}))
    : undefined;
  try {
    const compiled = await Promise.all(options.deckDirs.map((dir) => compileDeck(dir, options)));
    const diagnostics = compiled.flatMap((c) => c.diagnostics);
    if (hasErrors(diagnostics)) throw new DiagnosticsError(diagnostics);
    // Held through the PDF export too, so another build cannot swap the folder a PDF is being written to.
    return await withOutputLocks(compiled.map((c) => join(resolve(options.outDir), c.name)), async () => {
      const decks = [];
      for (const deck of compiled) decks.push({ ...deck, outDir: await writeDeck(deck, options.outDir) });
      const pptx = options.pptx ? await exportPptxOf(decks, options.outDir, { filesPublished: true }) : undefined;
      const result = { decks, diagnostics, ...(pptx ? { pptx } : {}) };
      if (!pdfExport) return result;
      const jobs = await pdfJobsOf(decks, options);
      return { ...result, pdfs: await (await pdfExport).run(jobs) };
    });
  } catch (error) {
    // The browser started for nothing, or an export failed: it is closed either way (closing twice is harmless).
    await (await pdfExport?.catch(() => undefined))?.cancel();
    throw error;
  }
}

/**
 * `deckpress pptx`: compiles every deck (the same checks as build), and only when
 * none has an error writes each deck's and variant's .pptx. The HTML is not written.
 */
export async function exportPptxDecks(options: CompileOptions & { deckDirs: readonly string[]; outDir: string }): Promise<{ diagnostics: Diagnostic[]; pptx: PptxResult[] }> {
  const compiled = await Promise.all(options.deckDirs.map((dir) => compileDeck(dir, options)));
  const diagnostics = compiled.flatMap((c) => c.diagnostics);
  if (hasErrors(diagnostics)) throw new DiagnosticsError(diagnostics);
  return { diagnostics, pptx: await exportPptxOf(compiled, options.outDir) };
}

/** PowerPoint export is loaded only when asked for (pptxgenjs, resvg). */
async function exportPptxOf(decks: CompiledDeck[], outDir: string, options: { filesPublished?: boolean } = {}): Promise<PptxResult[]> {
  const { exportPptx } = await import('./pptx/export-pptx.js');
  const results = [];
  for (const deck of decks) results.push(...(await exportPptx(deck, outDir, options)));
  return results;
}

async function pdfJobsOf(decks: (CompiledDeck & { outDir: string })[], options: BuildOptions) {
  const [{ pdfJobs }, { VERSION }] = await Promise.all([import('./pdf/pdf-jobs.js'), import('./load/package-version.js')]);
  const env = options.pdfOptions?.env;
  const jobs = [];
  for (const deck of decks) {
    const modified = await sourcesModified(deck.dir);
    jobs.push(...pdfJobs(deck, deck.outDir, { version: VERSION, modified, ...(options.png ? { png: true } : {}), ...(env ? { env } : {}) }));
  }
  return jobs;
}

