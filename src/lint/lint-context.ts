import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../load/parse-yaml.js';
import type { DeckModel } from '../model/types.js';
import type { ValidDeck, ValidSlide } from '../validate/validate-deck.js';
import type { LintContext, LintSlide } from './lint-rule.js';
import { parseBody } from './slide-markdown.js';

/** Builds what the rules read from a validated deck and its full build. */
export function lintContext(deck: ValidDeck, model: DeckModel, diagnostics: readonly Diagnostic[]): LintContext {
  const slides: LintSlide[] = [];
  for (const slide of model.slides) {
    if (slide.kind !== 'authored' || !slide.source) continue;
    const source = slide.source;
    slides.push({ source, id: slide.id, layout: slide.layout, body: parseBody(source.file, source.body), markdown: frontMatterMarkdown(source) });
  }
  return {
    deck,
    model,
    slides,
    ids: new Set(model.slides.map((s) => s.id)),
    filesWithErrors: new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)),
  };
}

/** Front matter values the layouts render as Markdown (see render/slide-context.ts). */
function frontMatterMarkdown(slide: ValidSlide): { path: YamlPath; text: string }[] {
  const { fm } = slide;
  const found: { path: YamlPath; text: string }[] = [];
  const add = (text: unknown, path: YamlPath) => {
    if (typeof text === 'string' && text !== '') found.push({ path, text });
  };
  add(fm.notes, ['notes']);
  add(fm.quote, ['quote']);
  add(fm.by, ['by']);
  for (const side of ['left', 'right'] as const) {
    add(fm[side]?.title, [side, 'title']);
    add(fm[side]?.body, [side, 'body']);
  }
  fm.stats?.forEach((s, i) => {
    add(s.value, ['stats', i, 'value']);
    add(s.label, ['stats', i, 'label']);
  });
  return found;
}
