/**
 * The build, as a table of contents:
 *   loadDeck → validateDeck → buildModel → renderDeck → emitSite → exportPdfs
 * Each deck is compiled in memory first; only a deck without errors is written,
 * and it is swapped in whole, so a failed build leaves the last good output.
 */
import { join, resolve } from 'node:path';
import { chartThemeFrom } from './charts/chart-theme.js';
import type { DataTable } from './data/table.js';
import { DiagnosticsError, hasErrors, uniqueDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { emitSite } from './emit/emit-site.js';
import { saveChartCache } from './emit/save-chart-cache.js';
import { replaceDirAtomic } from './emit/write-atomic.js';
import { loadChartCache } from './load/load-chart-cache.js';
import { loadDataFolder } from './load/load-data-folder.js';
import { displayPath, loadDeck, type LoadedDeck } from './load/load-deck.js';
import { loadTemplates, loadTheme, projectRoot, type LoadedTheme, type TemplateSources } from './load/load-templates.js';
import { loadVegaSpecs } from './load/load-vega-specs.js';
import { sourcesModified } from './load/sources-modified.js';
import { buildModel } from './model/build-model.js';
import type { DeckModel } from './model/types.js';
import { compileTemplates, type CompiledTemplates } from './render/compile-templates.js';
import { bindDeckData } from './render/deck-data.js';
import { renderDeck, type RenderedDeck } from './render/render-deck.js';
import type { PdfOptions, PdfResult } from './pdf/types.js';
import type { SlideRenderCache } from './render/slide-cache.js';
import { authorLayouts } from './theme/theme-manifest.js';
import { validateDeck, type ValidDeck } from './validate/validate-deck.js';

export interface CompileOptions {
  /** Variant names to build besides the full deck; 'all' (default) builds every variant the deck declares. */
  variants?: readonly string[] | 'all';
}

export interface BuildTarget {
  /** undefined for the full deck. */
  variant?: string;
  model: DeckModel;
  rendered: RenderedDeck;
}

export interface CompiledDeck {
  name: string;
  dir: string;
  deck?: ValidDeck;
  theme?: LoadedTheme;
  targets: BuildTarget[];
  diagnostics: Diagnostic[];
  /** Charts drawn in this compile and where the cache keeps them. */
  charts: { rendered: number; cached: number; cacheDir: string; fresh: Map<string, string> };
}

/** Where rendered chart SVGs are kept between builds (safe to delete). */
export function chartCacheDir(deckDir: string): string {
  return join(projectRoot(deckDir), '.deckpress-cache', 'charts');
}

export interface LoadedData {
  tables: Map<string, DataTable>;
  diagnostics: Diagnostic[];
}

/**
 * Where compileDeck gets what it reads: the disk, by default. The dev server
 * passes loaders that answer from memory for files that did not change, and a
 * slide cache, so an edit re-reads one file and re-renders the slides it touches.
 */
export interface CompileSources {
  loadDeck(deckDir: string): Promise<LoadedDeck>;
  loadTemplates(deckDir: string): Promise<TemplateSources>;
  compileTemplates(sources: TemplateSources): CompiledTemplates;
  loadTheme(name: string, dir: string): Promise<LoadedTheme>;
  loadDeckData(deck: ValidDeck): Promise<LoadedData>;
  loadChartCache(dir: string): Promise<ReadonlyMap<string, string>>;
  loadVegaSpecs: typeof loadVegaSpecs;
  slideCache?: SlideRenderCache;
}

export const diskSources: CompileSources = {
  loadDeck: (deckDir) => loadDeck(deckDir),
  loadTemplates,
  compileTemplates,
  loadTheme,
  loadDeckData: (deck) => loadDeckData(deck),
  loadChartCache,
  loadVegaSpecs,
};

/** Everything but writing: load, validate, model and render the deck and its variants. */
export async function compileDeck(deckDir: string, options: CompileOptions = {}, sources: CompileSources = diskSources): Promise<CompiledDeck> {
  const [loaded, templates] = await Promise.all([sources.loadDeck(deckDir), sources.loadTemplates(deckDir)]);
  const layouts = authorLayouts(templates.layouts.keys());
  const validated = validateDeck(loaded, { layouts, themes: [...templates.themes.keys()].sort() });
  const cacheDir = chartCacheDir(deckDir);
  const compiled: CompiledDeck = {
    name: loaded.name,
    dir: loaded.dir,
    targets: [],
    diagnostics: [...loaded.diagnostics, ...validated.diagnostics],
    charts: { rendered: 0, cached: 0, cacheDir, fresh: new Map() },
  };
  const deck = validated.deck;
  if (!deck || hasErrors(compiled.diagnostics)) return compiled;

  compiled.deck = deck;
  const [theme, tables, cache, vega] = await Promise.all([
    sources.loadTheme(deck.config.theme, templates.themes.get(deck.config.theme)!),
    sources.loadDeckData(deck),
    sources.loadChartCache(cacheDir),
    sources.loadVegaSpecs(deck),
  ]);
  compiled.theme = theme;
  compiled.diagnostics.push(...tables.diagnostics, ...vega.diagnostics);
  const { slideCache } = sources;
  const data = bindDeckData({ tables: slideCache ? slideCache.track(tables.tables) : tables.tables, lang: deck.config.lang, theme: chartThemeFrom(theme.chart), cache, vegaSpecs: vega.specs });
  const compiledTemplates = sources.compileTemplates(templates);
  const full = buildModel(deck);
  await data.prepareCharts(full.slides.flatMap((s) => (s.source?.fm.chart ? [{ slide: s.source, id: s.id }] : [])));
  const variantNames = options.variants === 'all' || options.variants === undefined ? Object.keys(deck.config.variants) : options.variants;
  for (const variant of [undefined, ...variantNames]) {
    const model = variant === undefined ? full : buildModel(deck, variant);
    const rendered = renderDeck(model, compiledTemplates, data, slideCache);
    compiled.targets.push({ ...(variant ? { variant } : {}), model, rendered });
    compiled.diagnostics.push(...rendered.diagnostics);
  }
  slideCache?.sweep();
  compiled.diagnostics = uniqueDiagnostics([...compiled.diagnostics, ...data.diagnostics]);
  compiled.charts = { ...data.stats, cacheDir, fresh: data.rendered };
  return compiled;
}

/**
 * The deck's data/ folder, then the extra folders deck.yaml names (shared data); the first file of a name wins.
 * `loadFolder` reads one folder (the dev server's re-reads only the files that changed).
 */
export async function loadDeckData(deck: ValidDeck, loadFolder: (dir: string, display: string) => Promise<LoadedData> = loadDataFolder): Promise<LoadedData> {
  const loaded = await Promise.all(dataFolders(deck).map((dir) => loadFolder(dir, displayPath(dir))));
  const tables = new Map<string, DataTable>();
  for (const { tables: found } of loaded) for (const [name, table] of found) if (!tables.has(name)) tables.set(name, table);
  return { tables, diagnostics: loaded.flatMap((l) => l.diagnostics) };
}

/** Absolute paths of the folders a deck reads data from, in the order they are searched. */
export function dataFolders(deck: ValidDeck): string[] {
  return ['data', ...deck.config.data].map((folder) => resolve(deck.dir, folder));
}

/** Writes a compiled deck to `<outDir>/<deck>/`, each variant in a subfolder, swapped in atomically. */
export async function writeDeck(compiled: CompiledDeck, outDir: string): Promise<string> {
  const target = join(resolve(outDir), compiled.name);
  const { deck, theme } = compiled;
  if (!deck || !theme) throw new DiagnosticsError(compiled.diagnostics);
  await replaceDirAtomic(target, async (temp) => {
    for (const { variant, rendered } of compiled.targets) {
      await emitSite(variant ? join(temp, variant) : temp, {
        indexHtml: rendered.indexHtml,
        printHtml: rendered.printHtml,
        theme,
        assetsDir: join(deck.dir, 'assets'),
        assets: deck.assets,
      });
    }
  });
  await saveChartCache(compiled.charts.cacheDir, compiled.charts.fresh);
  return target;
}

export interface BuildOptions extends CompileOptions {
  deckDirs: readonly string[];
  outDir: string;
  /** Also export a PDF of every deck and variant (all with one browser). */
  pdf?: boolean;
  /** With pdf: one PNG per page and a contact sheet. */
  png?: boolean;
  pdfOptions?: PdfOptions;
}

export interface BuildResult {
  decks: (CompiledDeck & { outDir: string })[];
  /** Warnings of every deck (a build with errors throws DiagnosticsError instead). */
  diagnostics: Diagnostic[];
  pdfs?: PdfResult[];
}

/** Compiles every deck, writes them only when none has an error, then exports their PDFs. */
export async function buildDecks(options: BuildOptions): Promise<BuildResult> {
  // The PDF engine loads and the browser starts while the decks compile.
  const pdfExport = options.pdf
    ? import('./pdf/export-pdfs.js').then((engine) => engine.startPdfExport(options.pdfOptions ?? {}))
    : undefined;
  try {
    const compiled = await Promise.all(options.deckDirs.map((dir) => compileDeck(dir, options)));
    const diagnostics = compiled.flatMap((c) => c.diagnostics);
    if (hasErrors(diagnostics)) throw new DiagnosticsError(diagnostics);
    const decks = [];
    for (const deck of compiled) decks.push({ ...deck, outDir: await writeDeck(deck, options.outDir) });
    if (!pdfExport) return { decks, diagnostics };
    const jobs = await pdfJobsOf(decks, options);
    return { decks, diagnostics, pdfs: await (await pdfExport).run(jobs) };
  } catch (error) {
    // The browser started for nothing, or an export failed: it is closed either way (closing twice is harmless).
    await (await pdfExport?.catch(() => undefined))?.cancel();
    throw error;
  }
}

async function pdfJobsOf(decks: (CompiledDeck & { outDir: string })[], options: BuildOptions) {
  const [{ pdfJobs }, { VERSION }] = await Promise.all([import('./pdf/pdf-jobs.js'), import('./cli/version.js')]);
  const env = options.pdfOptions?.env;
  const jobs = [];
  for (const deck of decks) {
    const modified = await sourcesModified(deck.dir);
    jobs.push(...pdfJobs(deck, deck.outDir, { version: VERSION, modified, ...(options.png ? { png: true } : {}), ...(env ? { env } : {}) }));
  }
  return jobs;
}
