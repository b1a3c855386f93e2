/** Load, validate, model and render a deck in memory: everything but writing. */
import { join, resolve } from 'node:path';
import { chartThemeFrom } from '../charts/chart-theme.js';
import { shippedFonts } from '../fonts/shipped-fonts.js';
import { missingFontDiagnostics } from './font-diagnostics.js';
import type { DataTable } from '../data/table.js';
import { hasErrors, uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import { loadChartCache } from '../charts/load-chart-cache.js';
import { checkInside, readableRoots } from '../load/inside-project.js';
import { loadDataFolder, readDataFile } from '../load/load-data-folder.js';
import { displayPath, loadDeck } from '../load/load-deck.js';
import { loadTemplates, loadTheme, projectRoot } from '../load/load-templates.js';
import { loadVegaSpecs } from '../charts/load-vega-specs.js';
import { buildModel } from '../model/build-model.js';
import { compileTemplates } from '../render/compile-templates.js';
import { templateSyntaxErrors } from '../render/check-templates.js';
import { bindDeckData } from '../render/deck-data.js';
import { renderDeck } from '../render/render-deck.js';
import { authorLayouts } from '../theme/theme-manifest.js';
import { unknownVariantError } from '../model/unknown-variant-error.js';
import { checkLinkedFiles } from './check-linked-files.js';
import { checkSlideTargets } from './check-slide-targets.js';
import { checkVariants } from './check-variants.js';
import { validateDeck, type ValidDeck } from '../validate/validate-deck.js';
import type { CompiledDeck, CompileOptions, CompileSources, DataFolderLoader, LoadedData } from './compiled-deck.js';

/** Where rendered chart SVGs are kept between builds (safe to delete). */
export function chartCacheDir(deckDir: string): string {
  return join(projectRoot(deckDir), '.deckpress-cache', 'charts');
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
    diagnostics: [...loaded.diagnostics, ...templates.diagnostics, ...templateSyntaxErrors(templates), ...validated.diagnostics, ...(validated.deck ? checkVariants(validated.deck) : [])],
    charts: { rendered: 0, cached: 0, cacheDir, fresh: new Map() },
  };
  const deck = validated.deck;
  const variantNames = options.variants === 'all' || options.variants === undefined ? Object.keys(deck?.config.variants ?? {}) : options.variants;
  const unknownVariant = deck && variantNames.find((v) => !Object.hasOwn(deck.config.variants, v));
  if (deck && unknownVariant !== undefined) throw unknownVariantError(unknownVariant, loaded.name, Object.keys(deck.config.variants));
  if (!deck || hasErrors(compiled.diagnostics)) return compiled;

  compiled.deck = deck;
  const [theme, tables, cache, vega] = await Promise.all([
    sources.loadTheme(deck.config.theme, templates.themes.get(deck.config.theme)!),
    sources.loadDeckData(deck),
    sources.loadChartCache(cacheDir),
    sources.loadVegaSpecs(deck),
  ]);
  compiled.theme = theme;
  compiled.diagnostics.push(...theme.diagnostics, ...tables.diagnostics, ...vega.diagnostics, ...missingFontDiagnostics(theme, deck));
  const { slideCache } = sources;
  const data = bindDeckData({ tables: tables.tables, lang: deck.config.lang, theme: chartThemeFrom(theme.chart), cache, vegaSpecs: vega.specs });
  const compiledTemplates = sources.compileTemplates(templates);
  compiled.data = data;
  compiled.labels = compiledTemplates.labels(deck.config.lang);
  const full = buildModel(deck);
  await data.prepareCharts(full.slides.flatMap((s) => (s.source?.fm.chart ? [{ slide: s.source, id: s.id }] : [])));
  for (const variant of [undefined, ...variantNames]) {
    const model = variant === undefined ? full : buildModel(deck, variant);
    const rendered = renderDeck(model, compiledTemplates, data, slideCache);
    const fonts = shippedFonts(theme.subsetFonts, deck.config.lang, theme.fontRanges, [rendered.indexHtml, rendered.printHtml, theme.fontText]);
    compiled.targets.push({ ...(variant ? { variant } : {}), model, rendered, fonts });
    compiled.diagnostics.push(...rendered.diagnostics);
    // A variant's slides are the full deck's: their targets are checked once.
    if (variant === undefined) {
      const slides = rendered.slides.map(({ slide, render }) => ({ slide, targets: render.targets }));
      const linked = await checkLinkedFiles(deck, slides);
      compiled.linkedFiles = linked.files;
      compiled.diagnostics.push(...checkSlideTargets(deck, model, slides), ...linked.diagnostics);
    }
  }
  slideCache?.sweep();
  compiled.diagnostics = uniqueDiagnostics([...compiled.diagnostics, ...data.diagnostics]);
  compiled.charts = { ...data.stats, cacheDir, fresh: data.rendered };
  return compiled;
}


/**
 * The deck's data/ folder, then the extra folders deck.yaml names (shared data); the first file of a name wins.
 * Every folder and file must lie inside the deck or its project. `loadFolder` reads one folder
 * (the dev server's re-reads only the files that changed).
 */
export async function loadDeckData(deck: ValidDeck, loadFolder: DataFolderLoader = (dir, display, roots) => loadDataFolder(dir, display, readDataFile, roots)): Promise<LoadedData> {
  const roots = readableRoots(deck.dir);
  const folders = dataFolders(deck);
  const refused = await Promise.all(folders.map((dir, i) => (i === 0 ? undefined : checkInside(dir, roots, deck.configLocate(['data', i - 1]), deck.config.data[i - 1]))));
  const loaded = await Promise.all(folders.map((dir, i) => (refused[i] ? { tables: new Map(), diagnostics: [refused[i]] } : loadFolder(dir, displayPath(dir), roots))));
  const tables = new Map<string, DataTable>();
  for (const { tables: found } of loaded) for (const [name, table] of found) if (!tables.has(name)) tables.set(name, table);
  return { tables, diagnostics: loaded.flatMap((l) => l.diagnostics) };
}

/** Absolute paths of the folders a deck reads data from, in the order they are searched. */
export function dataFolders(deck: ValidDeck): string[] {
  return ['data', ...deck.config.data].map((folder) => resolve(deck.dir, folder));
}

