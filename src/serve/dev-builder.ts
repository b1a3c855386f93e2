import { basename, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../load/is-inside.js';
import { projectRoot } from '../load/load-templates.js';
import { compileDeck, dataFolders, type CompiledDeck, type CompileOptions } from '../pipeline.js';
import { DevOutput } from './dev-output.js';
import { DevSources } from './dev-sources.js';

export interface BuildReport {
  /** False when the deck has errors (or the compile threw): the last good output stays. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Set when the compile threw: a bug or a file that vanished mid-read, not a problem in the deck. */
  error?: Error;
  /** Whether a file of the output changed (the page must reload). */
  changed: boolean;
  /** Counts the last good output: it goes up with every write. */
  buildId: number;
  ms: number;
  slides: { rendered: number; reused: number };
}

/** Where `deckpress dev` builds a deck: beside the chart cache, never in dist/. */
export function devOutputRoot(deckDir: string): string {
  return join(projectRoot(deckDir), '.deckpress-cache', 'dev');
}

/**
 * Builds one deck again and again: the first build reads everything, each
 * rebuild re-reads the files named and re-renders what depends on them.
 * Rebuilds run one at a time, in the order asked.
 */
export class DevBuilder {
  readonly deckDir: string;
  readonly name: string;
  readonly output: DevOutput;
  readonly sources: DevSources;
  /** The last compile without errors: what the output folder holds. */
  compiled?: CompiledDeck;
  buildId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** What a failed rebuild could not write yet: the next good one does. */
  private pending = { whole: true, paths: new Set<string>() };

  /** `options` chooses the variants, as for `build` (default: every one the deck declares). */
  constructor(deckDir: string, outRoot = devOutputRoot(deckDir), private readonly options: CompileOptions = {}) {
    this.deckDir = resolve(deckDir);
    this.name = basename(this.deckDir);
    this.output = new DevOutput(outRoot, this.name);
    this.sources = new DevSources(this.deckDir);
  }

  /** Every folder the deck reads: the deck itself, its extra data folders and the project's templates. */
  watchedPaths(): string[] {
    // Folders inside the deck (data/) are watched with it.
    const data = (this.compiled?.deck ? dataFolders(this.compiled.deck) : []).filter((dir) => !isInside(dir, this.deckDir, { orSame: false }));
    return [...new Set([this.deckDir, ...data, this.sources.templatesDir])];
  }

  /** Rebuilds after `changed` (absolute paths); with none, the first build. */
  rebuild(changed: readonly string[] = []): Promise<BuildReport> {
    const run = this.queue.then(() => this.run(changed));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(changed: readonly string[]): Promise<BuildReport> {
    const started = performance.now();
    const before = this.sources.slideStats;
    if (this.sources.invalidate(changed)) this.pending.whole = true;
    for (const path of changed) this.pending.paths.add(path);
    const report = (fields: Partial<BuildReport>): BuildReport => {
      const after = this.sources.slideStats;
      const slides = { rendered: after.rendered - before.rendered, reused: after.reused - before.reused };
      return { ok: false, diagnostics: [], changed: false, buildId: this.buildId, ms: performance.now() - started, slides, ...fields };
    };
    try {
      const compiled = await compileDeck(this.deckDir, this.options, this.sources.sources);
      if (hasErrors(compiled.diagnostics)) return report({ diagnostics: compiled.diagnostics });
      let written = await this.output.write(compiled, this.pending.whole);
      if (await this.output.copyEditedFiles(compiled, [...this.pending.paths])) written = true;
      this.pending = { whole: false, paths: new Set() };
      this.compiled = compiled;
      await this.sources.remember(compiled);
      if (written) this.buildId++;
      return report({ ok: true, diagnostics: compiled.diagnostics, changed: written, buildId: this.buildId });
    } catch (error) {
      return report({ error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
}
