import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DeckModel } from '../model/types.js';
import { markdownValues } from '../validate/slide-fields.js';
import type { ValidDeck } from '../validate/validate-deck.js';
import type { LintContext, LintSlide } from './lint-rule.js';
import { parseBody } from './slide-markdown.js';

/** Builds what the rules read from a validated deck and its full build. */
export function lintContext(deck: ValidDeck, model: DeckModel, diagnostics: readonly Diagnostic[]): LintContext {
  const slides: LintSlide[] = [];
  for (const slide of model.slides) {
    if (slide.kind !== 'authored' || !slide.source) continue;
    const source = slide.source;
    slides.push({ source, id: slide.id, layout: slide.layout, body: parseBody(source.file, source.body), markdown: markdownValues(source.fm) });
  }
  return {
    deck,
    model,
    slides,
    ids: new Set(model.slides.map((s) => s.id)),
    filesWithErrors: new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)),
  };
}
