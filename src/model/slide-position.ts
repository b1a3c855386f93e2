import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { DeckModel, Slide } from './types.js';
import type { ValidDeck } from '../validate/validate-deck.js';

/**
 * Where a slide of the build is written: an authored slide at its separator line;
 * a section divider at its section's title; the title slide at deck.yaml's title;
 * the generated agenda and references at the top of deck.yaml.
 */
export function slidePosition(slide: Slide, deck: ValidDeck, model: DeckModel): SourcePosition {
  if (slide.source) return { file: slide.source.file, line: slide.source.line, column: 1 };
  if (slide.kind === 'section' && slide.section !== undefined) {
    const file = model.sections[slide.section]?.file;
    const section = deck.sections.find((s) => s.file === file);
    if (section) return section.locate(['title']);
  }
  if (slide.kind === 'title') return deck.configLocate(['title']);
  return deck.configLocate([]);
}
