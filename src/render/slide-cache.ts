import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { Slide } from '../model/types.js';
import type { DataAnswer, DataBinding } from './data-binding.js';
import { answered, askData, type DataQuestion, type DataRead, type SlideRender } from './render-slide.js';

/** What a render is besides its answers: markup, links, parts. */
type Markup = Omit<SlideRender, 'diagnostics' | 'values' | 'reads'>;

interface Entry {
  markup: Markup;
  /** The data questions the render asked, in order. */
  questions: DataQuestion[];
  /** Their answers, serialized once when rendered, positions in the slide's own file counted from its first line. */
  answers: string[];
  /** The line the slide started on: where `markup` and `questions` place it. */
  line: number;
  used: boolean;
}

/**
 * Slides rendered by earlier compiles, for a long-lived process (the dev server)
 * that recompiles after every edit. A render is a pure function of its slide and
 * the answers to the data questions it asked, so an entry, keyed by everything
 * the slide's markup reads except data (see renderDeck's slideKey), is given back
 * whole — markup, links and the answers, which carry its problems and values —
 * while the data binding still gives the same answer to each of those questions.
 * Templates, themes and the language are not in the key: whoever changes them
 * starts a new cache.
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
    const file = slide.source?.file;
    const line = slide.source?.line ?? 0;
    const hit = this.entries.get(fullKey);
    if (hit) {
      const replayed = replay(hit, slide, data, file, line);
      if (replayed) {
        this.entries.set(fullKey, { markup: replayed.markup, questions: replayed.questions, answers: hit.answers, line, used: true });
        this.stats.reused++;
        return { ...replayed.markup, ...answered(replayed.reads) };
      }
    }
    const fresh = render();
    this.stats.rendered++;
    // Its problems and values are its answers': kept once, as the answers.
    const { diagnostics: _diagnostics, values: _values, reads, ...markup } = fresh;
    const answers = reads.map((read) => answerKey(read.answer, file, line));
    this.entries.set(fullKey, { markup, questions: reads.map((read) => read.question), answers, line, used: true });
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

/**
 * The entry as if rendered where the slide now starts, with the answers the data gives
 * now (equal to the stored ones, so they are the render's); undefined when one differs.
 */
function replay(entry: Entry, slide: Slide, data: DataBinding, file: string | undefined, line: number): { markup: Markup; questions: DataQuestion[]; reads: DataRead[] } | undefined {
  const forward = mover(file, line - entry.line);
  const questions = forward ? entry.questions.map((q) => (q.kind === 'text' ? { ...q, at: forward(q.at) } : q)) : entry.questions;
  const reads: DataRead[] = [];
  for (const [i, question] of questions.entries()) {
    const answer = askData(data, slide, question);
    if (answerKey(answer, file, line) !== entry.answers[i]) return undefined;
    reads.push({ question, answer });
  }
  const markup = forward ? { ...entry.markup, outsideLinks: movedLinks(entry.markup.outsideLinks, forward), unsafeLinks: movedLinks(entry.markup.unsafeLinks, forward) } : entry.markup;
  return { markup, questions, reads };
}

type Move = <T extends SourcePosition>(p: T) => T;

/** Moves positions in the slide's own file `delta` lines down (positions elsewhere stay); undefined when nothing moves. */
function mover(file: string | undefined, delta: number): Move | undefined {
  if (delta === 0 || file === undefined) return undefined;
  return (p) => (p.file === file ? { ...p, line: p.line + delta } : p);
}

function movedLinks<T extends { at?: SourcePosition }>(links: T[], move: Move): T[] {
  return links.map((link) => (link.at ? { ...link, at: move(link.at) } : link));
}

function movedAnswer(answer: DataAnswer<string | undefined>, move: Move): DataAnswer<string | undefined> {
  return { ...answer, diagnostics: answer.diagnostics.map(move), values: answer.values.map((v) => ({ ...v, at: move(v.at) })) };
}

/** An answer as JSON, its positions in the slide's own file counted from the slide's first line: the same text wherever the slide moves. */
function answerKey(answer: DataAnswer<string | undefined>, file: string | undefined, line: number): string {
  const fromSlide = mover(file, -line);
  return JSON.stringify(fromSlide ? movedAnswer(answer, fromSlide) : answer);
}
