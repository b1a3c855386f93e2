/**
 * Writes `<out>/<deck>/<deck>.pptx` and `<deck>-<variant>.pptx` for a compiled deck
 * (the compile already stopped on any error). Every file is built in memory first,
 * then each is written to a temporary file and renamed: a failed export leaves the
 * last good .pptx files. Nothing else in the folder is touched but the copies of the
 * deck files the slides link to, published first where the HTML build puts them
 * (deck-file-links.ts), so no .pptx links to a copy that is not there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import type { LoadedTheme } from '../load/load-templates.js';
import type { DeckModel } from '../model/types.js';
import type { DeckData } from '../render/deck-data.js';
import type { ValidDeck } from '../validate/validate-deck.js';
import { buildPptx } from './build-pptx.js';
import { fileLinks, publishLinkedFiles, type DeckFiles } from './deck-file-links.js';

/** What the export reads of a compiled deck (pipeline.ts's CompiledDeck). */
export interface PptxSource {
  name: string;
  deck?: ValidDeck;
  theme?: LoadedTheme;
  data?: DeckData;
  labels?: Record<string, string>;
  /** Files of the deck that slides link to, besides its assets (paths in the deck folder). */
  linkedFiles?: ReadonlySet<string>;
  targets: { variant?: string; model: DeckModel }[];
}

export interface PptxResult {
  path: string;
  variant?: string;
  slides: number;
  bytes: number;
  /** What PowerPoint cannot express, at the slide that asks for it. */
  warnings: Diagnostic[];
}

export function pptxFileName(deck: string, variant?: string): string {
  return variant ? `${deck}-${variant}.pptx` : `${deck}.pptx`;
}

/**
 * Writes the .pptx of a compiled deck and of each of its variants into `<outDir>/<deck>/`.
 * The deck files its slides link to are published beside them, unless the HTML build
 * that ran just before (`build --pptx`) has published them there already.
 */
export async function exportPptx(compiled: PptxSource, outDir: string, { filesPublished = false }: { filesPublished?: boolean } = {}): Promise<PptxResult[]> {
  const { deck, theme, data, labels } = compiled;
  if (!deck || !theme || !data || !labels) throw new Error(`deck "${compiled.name}" was not compiled; nothing to export`);
  const assetsDir = join(deck.dir, 'assets');
  const readAsset = (src: string) => {
    const path = src.replace(/^\.?\//, '');
    // Only files the loader listed under assets/: a path never leads outside the deck.
    return deck.assets.has(path) ? readFileSync(join(assetsDir, path)) : undefined;
  };
  const deckFiles: DeckFiles = { dir: deck.dir, assets: deck.assets, linkedFiles: compiled.linkedFiles ?? new Set() };
  const files = fileLinks(deckFiles);
  const folder = join(resolve(outDir), compiled.name);
  const built = [];
  for (const { variant, model } of compiled.targets) {
    const { bytes, warnings } = await buildPptx({ model, data, theme, labels, readAsset, files });
    built.push({ path: join(folder, pptxFileName(compiled.name, variant)), variant, slides: model.slides.length, bytes, warnings });
  }
  if (!filesPublished) await publishLinkedFiles(deckFiles, files.linked, folder);
  const results: PptxResult[] = [];
  for (const { path, variant, slides, bytes, warnings } of built) {
    await writeFileAtomic(path, bytes);
    results.push({ path, ...(variant ? { variant } : {}), slides, bytes: bytes.length, warnings });
  }
  return results;
}
