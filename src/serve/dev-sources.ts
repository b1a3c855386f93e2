import { loadChartCache } from '../charts/load-chart-cache.js';
import { isInside } from '../load/is-inside.js';
import { loadDeck } from '../load/load-deck.js';
import { loadTemplates, loadTheme, projectTemplatesDir, type LoadedTheme, type TemplateSources } from '../load/load-templates.js';
import { loadVegaSpecs } from '../charts/load-vega-specs.js';
import { loadDeckData, type CompiledDeck, type CompileSources } from '../pipeline.js';
import { compileTemplates, type CompiledTemplates } from '../render/compile-templates.js';
import { SlideRenderCache } from '../render/slide-cache.js';
import { DataFolderMemo } from './data-folder-memo.js';
import { SectionMemo } from './section-memo.js';

/**
 * What the dev server's compiles read, kept between rebuilds: section files and
 * data files (re-read when the watcher reports them), templates, themes, the
 * chart cache and the rendered slides. deck.yaml, the folder listings and
 * Vega-Lite specs are small and read on every compile.
 */
export class DevSources {
  readonly templatesDir: string;
  private readonly sections = new SectionMemo();
  private readonly data = new DataFolderMemo();
  private templates?: Promise<TemplateSources>;
  private readonly compiled = new WeakMap<TemplateSources, CompiledTemplates>();
  private readonly themes = new Map<string, Promise<LoadedTheme>>();
  private charts?: Promise<Map<string, string>>;
  private slideCache = new SlideRenderCache();

  constructor(deckDir: string) {
    this.templatesDir = projectTemplatesDir(deckDir);
  }

  get sources(): CompileSources {
    return {
      loadDeck: (dir) => loadDeck(dir, { loadSection: this.sections.load }),
      loadTemplates: (dir) => (this.templates ??= loadTemplates(dir)),
      compileTemplates: (templates) => {
        let compiled = this.compiled.get(templates);
        if (!compiled) this.compiled.set(templates, (compiled = compileTemplates(templates)));
        return compiled;
      },
      loadTheme: (name, dir) => {
        let theme = this.themes.get(dir);
        if (!theme) this.themes.set(dir, (theme = loadTheme(name, dir)));
        return theme;
      },
      loadDeckData: (deck) => loadDeckData(deck, this.data.load),
      loadChartCache: (dir) => (this.charts ??= loadChartCache(dir)),
      loadVegaSpecs,
      slideCache: this.slideCache,
    };
  }

  /** Slides rendered and reused since the server started. */
  get slideStats(): { rendered: number; reused: number } {
    return { ...this.slideCache.stats };
  }

  /**
   * Forgets what changed files make stale. Returns true when templates or themes
   * changed: every slide renders again and the output is rewritten whole.
   */
  invalidate(paths: readonly string[]): boolean {
    let templates = false;
    for (const path of paths) {
      this.sections.invalidate(path);
      this.data.invalidate(path);
      if (isInside(path, this.templatesDir, { orSame: true })) templates = true;
    }
    if (templates) {
      this.templates = undefined;
      this.themes.clear();
      const stats = this.slideCache.stats;
      this.slideCache = new SlideRenderCache();
      Object.assign(this.slideCache.stats, stats);
    }
    return templates;
  }

  /** Keeps the charts a compile drew, so the next compile finds them without reading the disk. */
  async remember(compiled: CompiledDeck): Promise<void> {
    if (!this.charts || compiled.charts.fresh.size === 0) return;
    const charts = await this.charts;
    for (const [key, svg] of compiled.charts.fresh) charts.set(key, svg);
  }
}
