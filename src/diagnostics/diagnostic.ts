import { catalogue, type CodeName } from './catalogue.js';

export type Severity = 'error' | 'warning';

/**
 * Where a problem is written: a file path (relative to the cwd) and 1-based line and column.
 * In a workbook, line and column are the cell's row and column, and `cell` names it
 * as spreadsheets do ("Prices!B3"), which is what messages show instead of line:col.
 */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
  cell?: string;
  /**
   * Set when the position is a quoted YAML scalar's: its value is not written
   * verbatim ("a\nb" is one line in the file), so a place inside the value is
   * found by re-escaping, not by counting the value's lines.
   */
  quote?: '"' | "'";
  /**
   * Set when the position is a YAML block scalar's (`|` or `>`) first character:
   * its later lines are written indented by this many columns.
   */
  indent?: number;
}

/** One problem in user content. Every stage reports problems this way; only the CLI prints them. */
export interface Diagnostic extends SourcePosition {
  code: CodeName;
  severity: Severity;
  /** Set on lint's style-only warnings (every command reports the rest alike). */
  style?: true;
  message: string;
  hint?: string;
}

type Entry<C extends CodeName> = (typeof catalogue)[C];
/** The parameters an entry's message and hint read. */
export type CodeParams<C extends CodeName> = ParamsOf<Entry<C>['message']> &
  (Entry<C> extends { hint: infer H } ? ParamsOf<H> : unknown);
type ParamsOf<F> = F extends () => unknown ? unknown : F extends (p: infer P) => unknown ? P : unknown;

/** What a catalogue entry says for `params`: its severity, message and hint (diagnostics and command errors alike). */
export function entryText<C extends CodeName>(code: C, params: CodeParams<C>): { severity: Severity; style?: true; message: string; hint?: string } {
  const entry = catalogue[code] as {
    severity: Severity;
    style?: true;
    message: (p: unknown) => string;
    hint?: (p: unknown) => string | undefined;
  };
  const hint = entry.hint?.(params);
  return { severity: entry.severity, ...(entry.style ? { style: true as const } : {}), message: entry.message(params), ...(hint ? { hint } : {}) };
}

/** Builds a diagnostic from its catalogue entry; `params` fill the entry's message and hint. */
export function diagnose<C extends CodeName>(
  code: C,
  at: SourcePosition,
  params: CodeParams<C>,
): Diagnostic {
  return {
    code,
    ...entryText(code, params),
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.cell ? { cell: at.cell } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Each problem once: a slide rendered for several variants reports its problems once. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** Stable order for printing: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Thrown by library entry points when diagnostics with errors stop a build. The CLI prints them. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(`${errors} error${errors === 1 ? '' : 's'} in the deck`);
    this.name = 'DiagnosticsError';
  }
}
