import type { MarkdownIt } from 'markdown-it';
import type { BoundValue } from '../data/bound-value.js';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { DeckModel, Slide } from '../model/types.js';
import type { CompiledTemplates } from './compile-templates.js';
import type { DataAnswer, DataBinding } from './data-binding.js';
import type { MarkdownEnv, WrittenTarget } from './markdown.js';
import { fillValues, placeholders } from './data-values.js';
import { plainText } from './plain-text.js';
import { slideContext } from './slide-context.js';

/** A question a slide asked of the deck's data, answered as it was: what decides whether its render still holds. */
/** `markdown`: the text goes through Markdown, so its values come back as placeholders (data-values.ts). */
export type DataQuestion = { kind: 'text'; text: string; at: SourcePosition; markdown?: true } | { kind: 'chart' } | { kind: 'table' };

export interface DataRead {
  question: DataQuestion;
  answer: DataAnswer<string | undefined>;
}

/** Everything rendering one slide gives: its markup and what it found on the way. */
export interface SlideRender {
  html: string;
  classes: string;
  headline?: string;
  notes?: string;
  /** Outline title: the headline as plain text, or a generated one. */
  title: string;
  diagnostics: Diagnostic[];
  /** Links to slides this build leaves out, where they are written. */
  outsideLinks: NonNullable<MarkdownEnv['outsideLinks']>;
  /** Links and images with a refused scheme (link-schemes.ts), where they are written. */
  unsafeLinks: NonNullable<MarkdownEnv['unsafeLinks']>;
  /** Images and slide links as written (no positions: a broken one is found in the source when checked). */
  targets: WrittenTarget[];
  /** The data values the slide shows, with their cells. */
  values: BoundValue[];
  /** The slide's content by part, without what depends on its place in the deck (its number): what `diff` compares. */
  parts: SlideParts;
  /** The data questions it asked, with their answers. */
  reads: DataRead[];
}

export interface SlideParts {
  text: string;
  chart?: string;
  table?: string;
  notes?: string;
  sources: string;
}

export interface SlideRenderEnv {
  md: MarkdownIt;
  model: DeckModel;
  templates: CompiledTemplates;
  labels: Record<string, string>;
  data: DataBinding;
  /** The nav bar's markup for a section's slides (nav-bar.ts). */
  navBar(section: number | undefined): string;
}

/**
 * Renders one slide: a pure function of the slide, the deck-wide inputs in `env`
 * and the answers the data binding gives. Nothing is reported anywhere else, so
 * a cache can keep the result and give it back whole.
 */
export function renderSlide(slide: Slide, env: SlideRenderEnv): SlideRender {
  const reads: DataRead[] = [];
  const askAnswer = (question: DataQuestion): DataAnswer<string | undefined> => {
    const answer = askData(env.data, slide, question);
    reads.push({ question, answer });
    return answer;
  };
  const ask = (question: DataQuestion): string | undefined => askAnswer(question).value;
  const outsideLinks: SlideRender['outsideLinks'] = [];
  const unsafeLinks: SlideRender['unsafeLinks'] = [];
  const targets: WrittenTarget[] = [];
  const context = slideContext(slide, {
    md: env.md,
    model: env.model,
    labels: env.labels,
    navBar: env.navBar,
    outsideLinks,
    unsafeLinks,
    targets,
    data: {
      text: (text, at) => ask({ kind: 'text', text, at }) ?? text,
      markdownText: (text, at) => {
        const answer = askAnswer({ kind: 'text', text, at, markdown: true });
        const shown = answer.values.map((v) => v.shown);
        return { text: answer.value ?? text, fill: (html) => fillValues(html, shown) };
      },
      chart: () => ask({ kind: 'chart' }),
      table: () => ask({ kind: 'table' }),
    },
  });
  const html = env.templates.layout(slide.layout)(context);
  const classes = ['slide', `layout-${slide.layout}`, context.chrome ? 'has-chrome' : '', (context.slide as { class?: string }).class ?? ''].filter(Boolean).join(' ');
  const headline = context.headline as string | undefined;
  return {
    html,
    classes,
    headline,
    notes: context.notes as string | undefined,
    title: plainText(headline ?? '') || generatedTitle(slide.kind, slide.id, env.model.config.title, env.labels),
    outsideLinks,
    unsafeLinks,
    targets,
    parts: slideParts(slide, context, html),
    ...answered(reads),
  };
}

/** A slide's problems and values are those of the answers it was given: a render finds no others. */
export function answered(reads: DataRead[]): Pick<SlideRender, 'diagnostics' | 'values' | 'reads'> {
  return { diagnostics: reads.flatMap((r) => r.answer.diagnostics), values: reads.flatMap((r) => r.answer.values), reads };
}

function slideParts(slide: Slide, context: Record<string, unknown>, html: string): SlideParts {
  const chart = slide.source?.fm.chart ? (context.figure as string | undefined) : undefined;
  // Generated slides (title, agenda, sections, references) show no slide number: their markup is their text.
  const text = slide.source
    ? JSON.stringify([context.headline, context.body, context.stats, context.quote, context.by, context.left, context.right, chart === undefined ? context.figure : undefined])
    : html;
  const optional = { chart, table: context.table as string | undefined, notes: context.notes as string | undefined };
  return {
    text,
    sources: JSON.stringify(context.sources),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

/** Asks the binding one question about `slide`; the cache asks again to see whether the answer still holds. */
export function askData(data: DataBinding, slide: Slide, question: DataQuestion): DataAnswer<string | undefined> {
  if (question.kind === 'text') return data.text(question.text, question.at, question.markdown ? placeholders() : undefined);
  if (question.kind === 'chart') return data.chart(slide.source!, slide.id);
  return data.table(slide.source!);
}

/** Outline titles of slides without a written headline. */
function generatedTitle(kind: string, id: string, deckTitle: string, labels: Record<string, string>): string {
  if (kind === 'title') return deckTitle;
  if (kind === 'agenda') return labels.contents ?? id;
  if (kind === 'references') return labels.references ?? id;
  return id;
}
