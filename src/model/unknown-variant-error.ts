import { closest } from '../diagnostics/suggest.js';

/**
 * A variant asked for on the command line (or in the library's `variants`) that
 * the deck does not declare: wrong usage, not a content error, so it stops the
 * command with exit code 2 before anything is built.
 */
export class UnknownVariantError extends Error {
  readonly code = 'UnknownVariant';
  readonly exitCode = 2;
  readonly hint: string;

  constructor(variant: string, deck: string, known: readonly string[]) {
    super(`Deck "${deck}" has no variant "${variant}".`);
    this.name = 'UnknownVariantError';
    const suggestion = closest(variant, known);
    const list = known.length > 0 ? `Its variants: ${known.join(', ')}.` : 'It declares no variants (variants: in deck.yaml).';
    this.hint = `${suggestion ? `Did you mean "${suggestion}"? ` : ''}${list}`;
  }
}
