import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** Source text of a diagnostic's file, for the code frame; undefined prints no frame. */
  source?: (file: string) => string | undefined;
  color?: boolean;
}

/**
 * One diagnostic as users read it (DESIGN §5):
 *   file:line:col  error  Code  Message.
 *      6 | ---
 *    > 7 | layout: splt
 *        |         ^
 *   hint: …
 */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const paint = painter(options.color ?? false);
  const severity = d.severity === 'error' ? paint.red('error') : paint.yellow(d.style ? 'warning (style)' : 'warning');
  const lines = [`${paint.bold(visible(location(d)))}  ${severity}  ${paint.bold(d.code)}  ${shorten(visible(d.message))}`];
  // A workbook is no text to quote: its cell address is the whole frame.
  const text = d.cell ? undefined : options.source?.(d.file);
  if (text !== undefined) lines.push(...codeFrame(text, d.line, d.column, paint));
  if (d.hint) lines.push(`${paint.cyan('hint:')} ${shorten(visible(d.hint))}`);
  return lines.join('\n');
}

/** "file:line:col", or for a workbook cell "data/market.xlsx#Prices!B3". */
export function location(d: Diagnostic): string {
  return d.cell ? `${d.file}#${d.cell}` : `${d.file}:${d.line}:${d.column}`;
}

function codeFrame(text: string, line: number, column: number, paint: Painter): string[] {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (line < 1 || line > all.length) return [];
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const frame: string[] = [];
  // A long line is shown around the column only, so a minified file cannot flood the terminal.
  const start = Math.max(0, column - 1 - FRAME_CONTEXT);
  const window = (text: string) => `${start > 0 ? '…' : ''}${text.slice(start, column - 1 + FRAME_CONTEXT)}${text.length > column - 1 + FRAME_CONTEXT ? '…' : ''}`;
  for (let n = first; n <= line; n++) {
    const marker = n === line ? paint.red('>') : ' ';
    frame.push(`${marker} ${String(n).padStart(width)} | ${visible(window(all[n - 1]!)).replace(/\t/g, '  ')}`);
  }
  const before = visible(`${start > 0 ? '…' : ''}${all[line - 1]!.slice(start, Math.max(0, column - 1))}`).replace(/\t/g, '  ');
  frame.push(`  ${' '.repeat(width)} | ${' '.repeat(displayWidth(before))}${paint.red('^')}`);
  return frame;
}

/** Characters of a code frame line shown on each side of the column. */
const FRAME_CONTEXT = 80;
const MAX_TEXT = 1_000;

/**
 * Control characters from a file (terminal escape sequences among them) are shown
 * as \x.. instead of being sent to the terminal, which would obey them.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Columns a string takes in a terminal: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

type Painter = Record<'red' | 'yellow' | 'cyan' | 'bold', (s: string) => string>;

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), bold: wrap(1, 22) };
}

/** "2 errors, 1 warning" */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
