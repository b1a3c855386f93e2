import type { Severity } from '../diagnostic.js';

/** One catalogue entry: what happened and why (message), and what to do (hint). */
export interface CodeEntry<P> {
  severity: Severity;
  /** A matter of style that only `lint` checks; never stops a command. */
  style?: true;
  message: (params: P) => string;
  hint?: (params: P) => string | undefined;
}

/** Keeps each entry's parameter type so `diagnose()` checks the params it is given. */
export function defineCodes<T extends Record<string, CodeEntry<never>>>(codes: T): T {
  return codes;
}

/** "did you mean" text for a misspelt name, or undefined when nothing is close. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `Did you mean "${suggestion}"? ` : '';
}
