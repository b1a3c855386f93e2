import { readFileSync } from 'node:fs';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summarize } from '../diagnostics/format.js';

/** Prints diagnostics with code frames to stderr, followed by a count. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  if (diagnostics.length === 0) return;
  const sources = new Map<string, string | undefined>();
  const source = (file: string) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, readFileSync(file, 'utf8'));
      } catch {
        sources.set(file, undefined);
      }
    }
    return sources.get(file);
  };
  const color = stream.isTTY === true && !process.env.NO_COLOR;
  for (const d of sortDiagnostics(diagnostics)) stream.write(`${formatDiagnostic(d, { source, color })}\n\n`);
  stream.write(`${summarize(diagnostics)}\n`);
}
