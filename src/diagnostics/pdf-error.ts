/**
 * Errors of the PDF engine that are not tied to a position in a source file: a
 * CommandError (command-error.ts) with a code of codes/pdf.ts, exit status 1.
 */
import { pdfCodes } from './codes/pdf.js';
import { commandError, isCommandErrorOf, type CommandError } from './command-error.js';
import { entryText, type CodeParams } from './diagnostic.js';

export type PdfCode = keyof typeof pdfCodes;
export type PdfError = CommandError<PdfCode>;
type Params<C extends PdfCode> = CodeParams<C>;

/** A problem that is not an error and not tied to a position in a source file. */
export interface PdfWarning {
  code: string;
  severity: 'warning';
  message: string;
  hint?: string;
}

/** A PdfError whose message and hint come from the catalogue entry `code`. */
export function pdfError<C extends PdfCode>(code: C, params: Params<C>, cause?: unknown): PdfError {
  return commandError(code, params, 1, cause);
}

/** A position-less warning from the catalogue entry `code`. */
export function pdfWarning<C extends PdfCode>(code: C, params: Params<C>): PdfWarning {
  const { message, hint } = entryText(code, params);
  return { code, severity: 'warning', message, ...(hint ? { hint } : {}) };
}

export function isPdfError(error: unknown): error is PdfError {
  return isCommandErrorOf(error, pdfCodes);
}
