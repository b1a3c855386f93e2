import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { Slide } from '../model/types.js';
import type { DataBinding } from './data-binding.js';
import { askData, type SlideRender } from './render-slide.js';

interface Entry {
  render: SlideRender;
  /** The line the slide started on when rendered: its positions move with it. */
  line: number;
  used: boolean;
}

/**
 * Slides rendered by earlier compiles, for a long-lived process (the dev server)
 * that recompiles after every edit. A render is a pure function of its slide and
 * the answers to the data questions it asked, so an entry, keyed by everything
 * the slide's markup reads except data (see renderDeck's slideKey), is given back
 * whole — markup, problems, links and values — while the data binding still gives
 * the same answer to each of those questions. Templates, themes and the language
 * are not in the key: whoever changes them starts a new cache.
 */
export class SlideRenderCache {
  private readonly entries = new Map<string, Entry>();
  private readonly scopes = new Map<string, number>();
  /** Counts since the cache was made: how much an edit cost. */
  readonly stats = { rendered: 0, reused: 0 };

  /**
   * The render of `slide` for `key` within `scope` (the deck-wide inputs, shared by
   * every slide of one build): replayed when `data` answers its questions as before
   * (with its positions moved if lines were added above it), else made by `render`.
   */
  get(scope: string, key: string, slide: Slide, data: DataBinding, render: () => SlideRender): SlideRender {
    let scopeId = this.scopes.get(scope);
    if (scopeId === undefined) this.scopes.set(scope, (scopeId = this.scopes.size));
    const fullKey = `${scopeId}\n${key}`;
    const line = slide.source?.line ?? 0;
    const hit = this.entries.get(fullKey);
    if (hit) {
      const moved = movePositions(hit.render, slide.source?.file, line - hit.line);
      if (moved.reads.every((read) => JSON.stringify(askData(data, slide, read.question)) === JSON.stringify(read.answer))) {
        this.entries.set(fullKey, { render: moved, line, used: true });
        this.stats.reused++;
        return moved;
      }
    }
    const fresh = render();
    this.stats.rendered++;
    this.entries.set(fullKey, { render: fresh, line, used: true });
    return fresh;
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

/** The render as if made `delta` lines further down `file` (the slide's own file; positions elsewhere stay). */
function movePositions(render: SlideRender, file: string | undefined, delta: number): SlideRender {
  if (delta === 0 || file === undefined) return render;
  const move = <T extends SourcePosition>(p: T): T => (p.file === file ? { ...p, line: p.line + delta } : p);
  const moveValues = (values: SlideRender['values']) => values.map((v) => ({ ...v, at: move(v.at) }));
  return {
    ...render,
    diagnostics: render.diagnostics.map(move),
    outsideLinks: render.outsideLinks.map((link) => (link.at ? { ...link, at: move(link.at) } : link)),
    unsafeLinks: render.unsafeLinks.map((link) => (link.at ? { ...link, at: move(link.at) } : link)),
    values: moveValues(render.values),
    reads: render.reads.map(({ question, answer }) => ({
      question: question.kind === 'text' ? { ...question, at: move(question.at) } : question,
      answer: { ...answer, diagnostics: answer.diagnostics.map(move), values: moveValues(answer.values) },
    })),
  };
}
