import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { saveChartCache } from '../emit/save-chart-cache.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { isInside } from '../load/is-inside.js';
import { writeDeck, type CompiledDeck } from '../pipeline.js';
import { publishedPath } from '../render/deck-file-link.js';

/**
 * The dev server's output folder, `<root>/<deck>/`, laid out as `build` lays out
 * dist/. The first write (and any change to the theme, the variants or the list
 * of assets) writes it whole; after that only pages whose HTML changed are
 * written, each atomically, and an edited asset or linked file is copied on its own.
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

  /**
   * Copies edited files the output publishes as they are, into every build of the deck:
   * those of its assets/ folder (to assets/media/) and those its slides link to (to
   * assets/files/). Returns whether any was copied or removed.
   */
  async copyEditedFiles(compiled: CompiledDeck, paths: readonly string[]): Promise<boolean> {
    const deck = compiled.deck;
    if (!deck || this.layout === undefined) return false;
    const assetsDir = join(deck.dir, 'assets');
    const linked = compiled.linkedFiles ?? new Set<string>();
    let copied = false;
    for (const path of paths) {
      if (!isInside(path, deck.dir, { orSame: false })) continue;
      const rel = posixPath(relative(deck.dir, path));
      const asset = isInside(path, assetsDir, { orSame: false }) ? posixPath(relative(assetsDir, path)) : undefined;
      if (asset === undefined && !linked.has(rel)) continue;
      // An asset no longer listed (deleted, or now a folder) goes; a linked file is listed, or it would be an error.
      const keep = (asset === undefined || deck.assets.has(asset)) && (await stat(path).then((s) => s.isFile(), () => false));
      for (const target of compiled.targets) {
        const to = join(this.dir, target.variant ?? '', publishedPath(rel));
        if (keep) {
          await mkdir(dirname(to), { recursive: true });
          await copyFile(path, to);
        } else await rm(to, { force: true });
        copied = true;
      }
    }
    return copied;
  }
}

function posixPath(path: string): string {
  return path.split(sep).join('/');
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
