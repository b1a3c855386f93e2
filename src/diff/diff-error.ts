/**
 * Errors of `deckpress diff` about its inputs, not tied to a position in a source
 * file: a CommandError (src/diagnostics/command-error.ts) with a code of
 * codes/diff.ts and exit status 2 (bad usage, as `diff` does).
 */
import { diffCodes } from '../diagnostics/codes/diff.js';
import { commandError, type CommandError } from '../diagnostics/command-error.js';
import type { CodeParams } from '../diagnostics/diagnostic.js';

export type DiffCode = keyof typeof diffCodes;

/** A diff error whose message and hint come from the catalogue entry `code`. */
export function diffError<C extends DiffCode>(code: C, params: CodeParams<C>): CommandError<DiffCode> {
  return commandError(code, params, 2);
}
