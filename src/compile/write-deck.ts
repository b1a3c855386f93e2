import { join, resolve } from 'node:path';
import { DiagnosticsError } from '../diagnostics/diagnostic.js';
import { buildManifest } from '../emit/build-manifest.js';
import { emitSite } from '../emit/emit-site.js';
import { saveChartCache } from '../emit/save-chart-cache.js';
import { replaceDirAtomic } from '../emit/write-atomic.js';
import type { CompiledDeck } from './compiled-deck.js';

/**
 * Writes a compiled deck to `<outDir>/<deck>/`, each variant in a subfolder, swapped in atomically.
 * Only the HTML outputs (and deck.json) are replaced: a PDF, PNGs, a PPTX or a variant folder of an earlier
 * run stay (each output kind is replaced only by the command that makes it); assets/ folders are rebuilt whole.
 */
export async function writeDeck(compiled: CompiledDeck, outDir: string): Promise<string> {
  const target = join(resolve(outDir), compiled.name);
  const { deck, theme } = compiled;
  if (!deck || !theme) throw new DiagnosticsError(compiled.diagnostics);
  await replaceDirAtomic(target, async (temp) => {
    for (const { variant, model, rendered, fonts } of compiled.targets) {
      await emitSite(variant ? join(temp, variant) : temp, {
        indexHtml: rendered.indexHtml,
        printHtml: rendered.printHtml,
        manifest: `${JSON.stringify(buildManifest(model, rendered, deck.dir), null, 2)}\n`,
        theme,
        fonts,
        assets: deck.assets,
        deckDir: deck.dir,
        linkedFiles: compiled.linkedFiles ?? [],
      });
    }
  }, { keep: (path) => !path.split('/').includes('assets') });
  await saveChartCache(compiled.charts.cacheDir, compiled.charts.fresh);
  return target;
}

