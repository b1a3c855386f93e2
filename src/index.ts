/**
 * deckpress as a library. Each entry point throws DiagnosticsError when a deck has
 * errors (with every diagnostic on it) and never prints or exits: that is the CLI's job.
 */
import { lintDeck } from './lint/lint-deck.js';
import { buildDecks, type BuildOptions, type BuildResult } from './pipeline.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { PdfOptions } from './pdf/types.js';

export { DiagnosticsError, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format.js';
export { compileDeck, type BuildResult, type CompiledDeck } from './pipeline.js';
export type { PdfOptions, PdfResult } from './pdf/types.js';

export interface BuildDeckOptions {
  /** Output folder (default: dist). */
  outDir?: string;
  /** Variants to build besides the full deck (default: all the deck declares). */
  variants?: string[];
}

/** Builds decks to `<outDir>/<deck>/index.html` (and each variant), written only when no deck has an error. */
export function build(deckDirs: string[], options: BuildDeckOptions = {}): Promise<BuildResult> {
  return buildDecks(buildOptions(deckDirs, options));
}

/** Builds decks and exports `<outDir>/<deck>/<deck>.pdf` (and `<deck>-<variant>.pdf`) with one browser. */
export function exportPdf(deckDirs: string[], options: BuildDeckOptions & { png?: boolean; pdf?: PdfOptions } = {}): Promise<BuildResult> {
  return buildDecks({ ...buildOptions(deckDirs, options), pdf: true, ...(options.png ? { png: true } : {}), ...(options.pdf ? { pdfOptions: options.pdf } : {}) });
}

/** Every problem in a deck, errors and warnings, sorted by file and position; nothing is written. */
export async function lint(deckDir: string): Promise<Diagnostic[]> {
  return (await lintDeck(deckDir)).diagnostics;
}

function buildOptions(deckDirs: string[], options: BuildDeckOptions): BuildOptions {
  return { deckDirs, outDir: options.outDir ?? 'dist', ...(options.variants ? { variants: options.variants } : {}) };
}
