/**
 * The one error a command stops with when the problem is not tied to a position
 * in a source file (those are Diagnostics): a permanent code from the catalogue,
 * its message and hint, and the exit status. The CLI prints `error <code> <message>`
 * and `hint: …` and exits with `exitCode`; library code only throws. Each stage
 * keeps a small typed factory that fixes its exit status (pdf-error.ts,
 * src/diff/diff-error.ts, src/emit/output-error.ts, src/model/unknown-variant-error.ts,
 * src/serve/dev-server-error.ts).
 */
import type { CodeName } from './catalogue.js';
import { entryText, type CodeParams } from './diagnostic.js';

export class CommandError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly hint: string | undefined,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CommandError';
  }
}

/** A CommandError whose message and hint come from the catalogue entry `code`. */
export function commandError<C extends CodeName>(code: C, params: CodeParams<C>, exitCode: number, cause?: unknown): CommandError<C> {
  const { message, hint } = entryText(code, params);
  return new CommandError(code, message, hint, exitCode, cause === undefined ? undefined : { cause });
}

/** Whether `error` is a CommandError with one of the codes of `codes` (a stage's catalogue). */
export function isCommandErrorOf<T extends object>(error: unknown, codes: T): error is CommandError<keyof T & string> {
  return error instanceof CommandError && Object.hasOwn(codes, error.code);
}
