/**
 * The one error a command stops with when the problem is not tied to a position
 * in a source file (those are Diagnostics): a permanent code from the catalogue,
 * its message and hint, and the exit status. The CLI prints `error <code> <message>`
 * and `hint: …` and exits with `exitCode`; library code only throws. Each stage
 * keeps a small typed factory that fixes its exit status (pdf-error.ts,
 * src/diff/diff-error.ts, src/emit/output-error.ts, src/model/unknown-variant-error.ts,
 * src/serve/dev-server-error.ts).
 */
import type { CodeEntry } from './codes/define.js';

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

type ParamsOf<F> = F extends (p: infer P) => unknown ? (unknown extends P ? object : P) : object;
type Entries = Record<string, CodeEntry<never>>;
/** What catalogue entry `code` needs: its message's parameters and its hint's (a hint may need more). */
export type CodeParams<T extends Entries, C extends keyof T> = ParamsOf<T[C]['message']> & ParamsOf<T[C]['hint']>;

/** A CommandError whose message and hint come from the catalogue entry `codes[code]`. */
export function commandError<T extends Entries, C extends keyof T & string>(
  codes: T,
  code: C,
  params: CodeParams<T, C>,
  exitCode: number,
  cause?: unknown,
): CommandError<C> {
  const entry = codes[code] as unknown as { message: (p: unknown) => string; hint?: (p: unknown) => string | undefined };
  return new CommandError(code, entry.message(params), entry.hint?.(params), exitCode, cause === undefined ? undefined : { cause });
}

/** Whether `error` is a CommandError with one of the codes of `codes` (a stage's catalogue). */
export function isCommandErrorOf<T extends Entries>(error: unknown, codes: T): error is CommandError<keyof T & string> {
  return error instanceof CommandError && Object.hasOwn(codes, error.code);
}
