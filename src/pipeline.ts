/**
 * The build, as a table of contents:
 *   loadDeck → validateDeck → buildModel → renderDeck → emitSite → exportPdfs
 * Each deck is compiled in memory first; only a deck without errors is written,
 * and it is swapped in whole, so a failed build leaves the last good output.
 */
import { join, resolve } from 'node:path';
import { DiagnosticsError, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { emitSite } from './emit/emit-site.js';
import { replaceDirAtomic } from './emit/write-atomic.js';
import { loadDeck } from './load/load-deck.js';
import { loadTemplates, loadTheme, type LoadedTheme } from './load/load-templates.js';
import { buildModel } from './model/build-model.js';
import type { DeckModel } from './model/types.js';
import { compileTemplates } from './render/compile-templates.js';
import type { DataBinding } from './render/data-binding.js';
import { renderDeck, type RenderedDeck } from './render/render-deck.js';
import { GENERATED_LAYOUTS, validateDeck, type ValidDeck } from './validate/validate-deck.js';

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
}

/** Everything but writing: load, validate, model and render the deck and its variants. */
export async function compileDeck(deckDir: string, options: CompileOptions = {}): Promise<CompiledDeck> {
  const [loaded, templates] = await Promise.all([loadDeck(deckDir), loadTemplates(deckDir)]);
  const layouts = [...templates.layouts.keys()].filter((l) => !GENERATED_LAYOUTS.includes(l)).sort();
  const validated = validateDeck(loaded, { layouts, themes: [...templates.themes.keys()].sort() });
  const compiled: CompiledDeck = { name: loaded.name, dir: loaded.dir, targets: [], diagnostics: [...loaded.diagnostics, ...validated.diagnostics] };
  const deck = validated.deck;
  if (!deck || hasErrors(compiled.diagnostics)) return compiled;

  compiled.deck = deck;
  compiled.theme = await loadTheme(deck.config.theme, templates.themes.get(deck.config.theme)!);
  const data = bindData();
  const compiledTemplates = compileTemplates(templates);
  const variantNames = options.variants === 'all' || options.variants === undefined ? Object.keys(deck.config.variants) : options.variants;
  for (const variant of [undefined, ...variantNames]) {
    const model = buildModel(deck, variant);
    const rendered = renderDeck(model, compiledTemplates, data);
    compiled.targets.push({ ...(variant ? { variant } : {}), model, rendered });
    compiled.diagnostics.push(...rendered.diagnostics);
  }
  compiled.diagnostics.push(...data.diagnostics);
  return compiled;
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
  return target;
}

export interface BuildOptions extends CompileOptions {
  deckDirs: readonly string[];
  outDir: string;
}

export interface BuildResult {
  decks: (CompiledDeck & { outDir: string })[];
  /** Warnings of every deck (a build with errors throws DiagnosticsError instead). */
  diagnostics: Diagnostic[];
}

/** Compiles every deck, and writes them only when none has an error. */
export async function buildDecks(options: BuildOptions): Promise<BuildResult> {
  const compiled = await Promise.all(options.deckDirs.map((dir) => compileDeck(dir, options)));
  const diagnostics = compiled.flatMap((c) => c.diagnostics);
  if (hasErrors(diagnostics)) throw new DiagnosticsError(diagnostics);
  const decks = [];
  for (const deck of compiled) decks.push({ ...deck, outDir: await writeDeck(deck, options.outDir) });
  return { decks, diagnostics };
}

function bindData(): DataBinding {
  return { text: (text) => text, chart: () => undefined, table: () => undefined, diagnostics: [] };
}
