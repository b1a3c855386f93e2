/** What compiling a deck produces, and where it reads from: the types the stages after it (emit, pdf, dev, lint) take. */
import type { DataTable } from '../data/table.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ShippedFonts } from '../fonts/shipped-fonts.js';
import type { LoadedDeck } from '../load/load-deck.js';
import type { LoadedTheme, TemplateSources } from '../load/load-templates.js';
import type { loadVegaSpecs } from '../charts/load-vega-specs.js';
import type { DeckModel } from '../model/types.js';
import type { CompiledTemplates } from '../render/compile-templates.js';
import type { DeckData } from '../render/deck-data.js';
import type { RenderedDeck } from '../render/render-deck.js';
import type { SlideRenderCache } from '../render/slide-cache.js';
import type { ValidDeck } from '../validate/validate-deck.js';

export interface CompileOptions {
  /** Variant names to build besides the full deck; 'all' (default) builds every variant the deck declares. */
  variants?: readonly string[] | 'all';
}

export interface BuildTarget {
  /** undefined for the full deck. */
  variant?: string;
  model: DeckModel;
  rendered: RenderedDeck;
  /** The CJK font subsets its text uses (see src/fonts/shipped-fonts.ts). */
  fonts: ShippedFonts;
}

export interface CompiledDeck {
  name: string;
  dir: string;
  deck?: ValidDeck;
  theme?: LoadedTheme;
  /** The deck's data as the slides read it, and the words of its language: for exports that lay slides out themselves (pptx). */
  data?: DeckData;
  labels?: Record<string, string>;
  targets: BuildTarget[];
  /** Files of the deck that slides link to, as paths in the deck folder: published under assets/files/. */
  linkedFiles?: ReadonlySet<string>;
  diagnostics: Diagnostic[];
  /** Charts drawn in this compile and where the cache keeps them. */
  charts: { rendered: number; cached: number; cacheDir: string; fresh: Map<string, string> };
}


export interface LoadedData {
  tables: Map<string, DataTable>;
  diagnostics: Diagnostic[];
}

/** Reads one data folder, following symlinks only into `roots`. */
export type DataFolderLoader = (dir: string, display: string, roots: readonly string[]) => Promise<LoadedData>;

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

