import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { BoundValue } from './bound-value.js';
import { referenceCells } from './reference-cells.js';
import { parseReference } from './reference-syntax.js';
import { resolveReference, type ReferenceContext } from './resolve-reference.js';

/**
 * Replaces every `{{ … }}` in `text` with the formatted data value it names; `\{{`
 * writes a literal `{{`. `at` is where `text` starts in its file, so diagnostics land
 * on the exact line and column of the wrong part. A reference that fails stays as
 * written (the build stops on the error; the dev preview shows what is wrong).
 * `values` are the references shown, with the cells they read.
 */
export function interpolateData(
  text: string,
  at: SourcePosition,
  ctx: ReferenceContext,
  /** What a resolved value becomes in the text (default: itself); Markdown contexts put a placeholder. */
  insert: (value: string) => string = (value) => value,
): { text: string; diagnostics: Diagnostic[]; values: BoundValue[] } {
  if (!text.includes('{{')) return { text, diagnostics: [], values: [] };
  const place = positionsIn(text, at);
  const diagnostics: Diagnostic[] = [];
  const values: BoundValue[] = [];
  let out = '';
  let from = 0;
  const opener = /\\?\{\{/g;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    out += text.slice(from, m.index);
    if (m[0].startsWith('\\')) {
      out += '{{';
      from = opener.lastIndex;
      continue;
    }
    const start = m.index + 2;
    const end = text.indexOf('}}', start);
    if (end < 0) {
      diagnostics.push(diagnose('BadReference', place(m.index), { detail: '"{{" is never closed with "}}"', fix: 'Close the reference with "}}", or write \\{{ for a literal "{{".' }));
      from = m.index;
      break;
    }
    const written = text.slice(m.index, end + 2);
    const ref = parseReference(text.slice(start, end));
    if ('detail' in ref) {
      diagnostics.push(diagnose('BadReference', place(start + ref.offset), { detail: ref.detail, ...(ref.fix ? { fix: ref.fix } : {}) }));
      out += written;
    } else {
      const result = resolveReference(ref, ctx, (offset) => place(start + offset));
      diagnostics.push(...result.diagnostics);
      if (result.text !== undefined) values.push({ shown: result.text, expression: written, cells: referenceCells(ref, ctx.tables), at: place(m.index) });
      out += result.text === undefined ? written : insert(result.text);
    }
    from = end + 2;
    opener.lastIndex = from;
  }
  out += text.slice(from);
  return { text: out, diagnostics, values };
}

/** Maps an offset in `text` to a file position: the first line starts at `at.column`, later ones at 1 (or after a block scalar's indent). */
function positionsIn(text: string, at: SourcePosition): (offset: number) => SourcePosition {
  const quote = at.quote;
  if (quote) {
    // A quoted scalar on one line: each escape (\n, \", '') is written one character longer than it reads.
    const escapes = quote === '"' ? /[\n\t"\\]/g : /'/g;
    return (offset) => ({ file: at.file, line: at.line, column: at.column + 1 + offset + (text.slice(0, offset).match(escapes)?.length ?? 0) });
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    const column = offset - (lineStarts[line] ?? 0) + 1;
    return { file: at.file, line: at.line + line, column: line === 0 ? at.column + column - 1 : (at.indent ?? 0) + column };
  };
}
