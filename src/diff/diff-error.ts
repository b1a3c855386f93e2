/**
 * Errors of `deckpress diff` about its inputs, not tied to a position in a source
 * file. The CLI prints `error <code> <message>` and `hint: …` and exits with 2
 * (bad usage, as `diff` does); library code only throws.
 */
import { diffCodes } from '../diagnostics/codes/diff.js';

export type DiffCode = keyof typeof diffCodes;
type Params<C extends DiffCode> = Parameters<(typeof diffCodes)[C]['message']>[0];

export class DiffError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: DiffCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'DiffError';
  }
}

/** A DiffError whose message and hint come from the catalogue entry `code`. */
export function diffError<C extends DiffCode>(code: C, params: Params<C>): DiffError {
  const entry = diffCodes[code] as { message: (p: Params<C>) => string; hint?: (p: Params<C>) => string };
  return new DiffError(code, entry.message(params), entry.hint?.(params));
}
