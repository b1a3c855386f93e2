import type { BoundValue } from '../data/bound-value.js';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { ValidSlide } from '../validate/validate-deck.js';

/** What the binding answers to one question: the value, the problems found and the data values it shows. */
export interface DataAnswer<T> {
  value: T;
  diagnostics: Diagnostic[];
  values: BoundValue[];
}

/**
 * What the render stage asks of the deck's data: text with its references
 * resolved, and the figures and tables a slide reads from data files. Each answer
 * carries its own problems, placed where they are written, so a slide's render
 * owns everything it found. `diagnostics` are the problems of drawing the charts,
 * which happens once for the deck before any slide renders.
 */
export interface DataBinding {
  /** `insert` turns each resolved value into what goes in the text (default: the value). */
  text(text: string, at: SourcePosition, insert?: (value: string) => string): DataAnswer<string>;
  chart(slide: ValidSlide, id: string): DataAnswer<string | undefined>;
  table(slide: ValidSlide): DataAnswer<string | undefined>;
  diagnostics: Diagnostic[];
}
