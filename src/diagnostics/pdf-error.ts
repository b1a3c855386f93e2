/**
 * Errors of the PDF engine that are not tied to a position in a source file. The
 * CLI prints `error <code> <message>` and `hint: …` and exits with `exitCode`;
 * library code only throws.
 */
import { pdfCodes } from './codes/pdf.js';

export type PdfCode = keyof typeof pdfCodes;
type ParamsOf<F> = F extends (p: infer P) => unknown ? (unknown extends P ? object : P) : object;
/** What the entry's message and hint need (a hint may need more than the message). */
type Params<C extends PdfCode> = ParamsOf<(typeof pdfCodes)[C]['message']> & ParamsOf<(typeof pdfCodes)[C]['hint']>;

interface Entry {
  severity: 'error' | 'warning';
  message: (p: unknown) => string;
  hint?: (p: unknown) => string | undefined;
}

/** A problem that is not an error and not tied to a position in a source file. */
export interface PdfWarning {
  code: string;
  severity: 'warning';
  message: string;
  hint?: string;
}

export class PdfError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly code: PdfCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PdfError';
  }
}

/** A PdfError whose message and hint come from the catalogue entry `code`. */
export function pdfError<C extends PdfCode>(code: C, params: Params<C>, cause?: unknown): PdfError {
  const entry = pdfCodes[code] as Entry;
  return new PdfError(code, entry.message(params), entry.hint?.(params), cause === undefined ? undefined : { cause });
}

/** A position-less warning from the catalogue entry `code`. */
export function pdfWarning<C extends PdfCode>(code: C, params: Params<C>): PdfWarning {
  const entry = pdfCodes[code] as Entry;
  const hint = entry.hint?.(params);
  return { code, severity: 'warning', message: entry.message(params), ...(hint ? { hint } : {}) };
}

export function isPdfError(error: unknown): error is PdfError {
  return error instanceof PdfError;
}
