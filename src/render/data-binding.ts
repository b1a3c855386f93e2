import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { ValidSlide } from '../validate/validate-deck.js';

/**
 * What the render stage asks of the deck's data: text with its references
 * resolved, and the figures and tables a slide reads from data files. Problems
 * are reported into the binding's diagnostics, at the place they are written.
 */
export interface DataBinding {
  /** `insert` turns each resolved value into what goes in the text (default: the value). */
  text(text: string, at: SourcePosition, insert?: (value: string) => string): string;
  chart(slide: ValidSlide, id: string): string | undefined;
  table(slide: ValidSlide): string | undefined;
  diagnostics: Diagnostic[];
}
