/**
 * A variant asked for on the command line (or in the library's `variants`) that
 * the deck does not declare: wrong usage, not a content error, so it stops the
 * command with exit code 2 before anything is built. A CommandError
 * (src/diagnostics/command-error.ts) with the code of codes/variants.ts.
 */
import { commandError, type CommandError } from '../diagnostics/command-error.js';
import { closest } from '../diagnostics/suggest.js';

export function unknownVariantError(variant: string, deck: string, known: readonly string[]): CommandError<'UnknownVariant'> {
  const suggestion = closest(variant, known);
  return commandError('UnknownVariant', { variant, deck, known: known.join(', '), ...(suggestion ? { suggestion } : {}) }, 2);
}
