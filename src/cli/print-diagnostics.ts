import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summarize } from '../diagnostics/format.js';
import { frameSource } from '../load/frame-source.js';

/** Prints diagnostics with code frames to stderr, followed by a count. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  if (diagnostics.length === 0) return;
  const sources = new Map<string, string | undefined>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, frameSource(file));
    return sources.get(file);
  };
  const color = stream.isTTY === true && !process.env.NO_COLOR;
  for (const d of sortDiagnostics(diagnostics)) stream.write(`${formatDiagnostic(d, { source, color })}\n\n`);
  stream.write(`${summarize(diagnostics)}\n`);
}
