import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { saveChartCache } from '../emit/save-chart-cache.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { isInside } from '../load/is-inside.js';
import { writeDeck, type CompiledDeck } from '../pipeline.js';

/**
 * The dev server's output folder, `<root>/<deck>/`, laid out as `build` lays out
 * dist/. The first write (and any change to the theme, the variants or the list
 * of assets) writes it whole; after that only pages whose HTML changed are
 * written, each atomically, and an edited asset is copied on its own.
 */
export class DevOutput {
  readonly dir: string;
  private layout?: string;
  /** Last HTML written, by page path. */
  private readonly pages = new Map<string, string>();

  constructor(readonly root: string, name: string) {
    this.dir = join(root, name);
  }

  /** Writes a compiled deck; returns whether any file changed. `whole` forces a full write. */
  async write(compiled: CompiledDeck, whole = false): Promise<boolean> {
    const layout = layoutOf(compiled);
    if (whole || layout !== this.layout) {
      this.layout = undefined;
      await writeDeck(compiled, this.root);
      this.layout = layout;
      this.pages.clear();
      for (const [path, html] of pagesOf(compiled, this.dir)) this.pages.set(path, html);
      return true;
    }
    let changed = false;
    try {
      for (const [path, html] of pagesOf(compiled, this.dir)) {
        if (this.pages.get(path) === html) continue;
        await writeFileAtomic(path, html);
        this.pages.set(path, html);
        changed = true;
      }
    } catch (error) {
      // What is on disk is no longer known: the next build writes the folder whole.
      this.layout = undefined;
      throw error;
    }
    await saveChartCache(compiled.charts.cacheDir, compiled.charts.fresh);
    return changed;
  }

  /** Copies edited files of the deck's assets/ folder into every build of it; returns whether any was copied. */
  async copyAssets(compiled: CompiledDeck, paths: readonly string[]): Promise<boolean> {
    const assetsDir = compiled.deck && join(compiled.deck.dir, 'assets');
    if (!assetsDir || this.layout === undefined) return false;
    let copied = false;
    for (const path of paths) {
      if (!isInside(path, assetsDir, { orSame: false })) continue;
      const isFile = await stat(path).then((s) => s.isFile(), () => false);
      const rel = relative(assetsDir, path).split(sep).join('/');
      for (const target of compiled.targets) {
        const to = join(this.dir, target.variant ?? '', 'assets', 'media', rel);
        if (isFile && compiled.deck!.assets.has(rel)) {
          await mkdir(dirname(to), { recursive: true });
          await copyFile(path, to);
        } else await rm(to, { force: true });
        copied = true;
      }
    }
    return copied;
  }
}

/** What decides the folder's files besides the pages (a newly linked deck file too): a change means a full write. */
function layoutOf(compiled: CompiledDeck): string {
  const { theme, deck } = compiled;
  return JSON.stringify([theme?.dir, theme?.files, theme?.fonts, deck && [...deck.assets], [...(compiled.linkedFiles ?? [])], compiled.targets.map((t) => [t.variant ?? '', t.fonts.files])]);
}

function pagesOf(compiled: CompiledDeck, dir: string): [string, string][] {
  return compiled.targets.flatMap(({ variant, rendered }): [string, string][] => [
    [join(dir, variant ?? '', 'index.html'), rendered.indexHtml],
    [join(dir, variant ?? '', 'print.html'), rendered.printHtml],
  ]);
}
