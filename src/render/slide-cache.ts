import type { DataTable } from '../data/table.js';

/** What renderDeck keeps of one rendered slide. */
export interface RenderedSlide {
  html: string;
  classes: string;
  headline?: string;
  notes?: string;
  title: string;
}

interface Entry {
  value: RenderedSlide;
  /** The tables the slide read, by name, as they were (undefined: the name was looked up and missing). */
  reads: Map<string, DataTable | undefined>;
  used: boolean;
}

/**
 * Slides rendered by earlier compiles, for a long-lived process (the dev server)
 * that recompiles after every edit. An entry is keyed by everything the slide's
 * markup reads except data (see renderDeck's slideKey) and remembers the data
 * tables it read: it is reused only while each of them is the same object, and a
 * data file that did not change keeps its table. Templates, themes and the
 * language are not in the key: whoever changes them starts a new cache.
 */
export class SlideRenderCache {
  private readonly entries = new Map<string, Entry>();
  private readonly scopes = new Map<string, number>();
  private tables: ReadonlyMap<string, DataTable> = new Map();
  private reads: Map<string, DataTable | undefined> | undefined;
  private readAll = false;
  /** Counts since the cache was made: how much an edit cost. */
  readonly stats = { rendered: 0, reused: 0 };

  /** The deck's tables seen through a view that records which ones the slide being rendered reads. */
  track(tables: ReadonlyMap<string, DataTable>): ReadonlyMap<string, DataTable> {
    this.tables = tables;
    const record = (name: string) => {
      this.reads?.set(name, tables.get(name));
      return tables.get(name);
    };
    const all = () => {
      // A slide that lists every table (only a "did you mean" on a missing name does) is never kept.
      this.readAll = true;
      return tables;
    };
    return {
      get: (name) => record(name),
      has: (name) => record(name) !== undefined,
      get size() {
        return all().size;
      },
      keys: () => all().keys(),
      values: () => all().values(),
      entries: () => all().entries(),
      forEach: (fn, thisArg) => all().forEach(fn, thisArg),
      [Symbol.iterator]: () => all()[Symbol.iterator](),
    };
  }

  /**
   * The slide for `key` within `scope` (the deck-wide inputs, shared by every slide
   * of one build): reused when still fresh, else made by `render`, which says
   * whether the result may be kept (a slide that reported problems is rendered
   * again each time, so its problems are reported again).
   */
  get(scope: string, key: string, render: () => { value: RenderedSlide; keep: boolean }): RenderedSlide {
    let scopeId = this.scopes.get(scope);
    if (scopeId === undefined) this.scopes.set(scope, (scopeId = this.scopes.size));
    const fullKey = `${scopeId}\n${key}`;
    const hit = this.entries.get(fullKey);
    if (hit && [...hit.reads].every(([name, table]) => this.tables.get(name) === table)) {
      hit.used = true;
      this.stats.reused++;
      return hit.value;
    }
    const reads = new Map<string, DataTable | undefined>();
    this.reads = reads;
    this.readAll = false;
    try {
      const { value, keep } = render();
      this.stats.rendered++;
      if (keep && !this.readAll) this.entries.set(fullKey, { value, reads, used: true });
      else this.entries.delete(fullKey);
      return value;
    } finally {
      this.reads = undefined;
    }
  }

  /** Forgets slides no compile used since the last sweep: deleted slides and old versions of edited ones. */
  sweep(): void {
    for (const [key, entry] of this.entries) {
      if (entry.used) entry.used = false;
      else this.entries.delete(key);
    }
    // Scopes pile up as deck-wide settings are edited; the ids in live keys must not be reused.
    if (this.scopes.size > 64) {
      this.scopes.clear();
      this.entries.clear();
    }
  }
}
