/**
 * `deckpress pptx [deck-dir ...]`: compiles each deck with the same checks as build
 * and writes `<out>/<deck>/<deck>.pptx` (and `<deck>-<variant>.pptx`): editable
 * PowerPoint, no browser. Errors are thrown for the dispatcher to print (exit 1).
 */
import { uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import type { PptxResult } from '../pptx/export-pptx.js';
import { decksToProcess, HELP_FLAG, OUTPUT_FLAGS } from './deck-flags.js';
import { parseCommandArgs } from './parse-args.js';
import { printDiagnostics } from './print-diagnostics.js';
import { displayPath } from '../load/display-path.js';

export const HELP = `Usage: deckpress pptx [deck-dir ...] [options]

Writes <out>/<deck>/<deck>.pptx (and <deck>-<variant>.pptx for each variant):
text as text, charts as PowerPoint charts with their data, notes as notes.
No browser is needed. With no deck-dir, exports every deck under ./decks.

Options:
  -o, --out DIR       Output folder (default: dist; --output is the same)
  --variant NAME      Export only this variant besides the full deck (repeatable)
  --shard I/N         Export only the I-th of N shares of the decks (CI matrix)
  -h, --help          Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...OUTPUT_FLAGS, ...HELP_FLAG }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const deckDirs = await decksToProcess(positionals, values.shard);
  if (deckDirs.length === 0) return 0;
  const started = process.hrtime.bigint();
  const { exportPptxDecks } = await import('../pipeline.js');
  const { diagnostics, pptx } = await exportPptxDecks({ deckDirs, outDir: values.out, ...(values.variant ? { variants: values.variant } : {}) });
  printDiagnostics(diagnostics);
  reportPptx(pptx);
  process.stdout.write(`done in ${Math.round(Number(process.hrtime.bigint() - started) / 1e6)} ms\n`);
  return 0;
}

/** What PowerPoint could not express (once per slide, though every variant repeats it), then one line per file. */
export function reportPptx(results: PptxResult[]): void {
  printDiagnostics(uniqueDiagnostics(results.flatMap((r) => r.warnings)));
  for (const r of results) {
    process.stdout.write(`wrote ${displayPath(r.path)}  ${r.slides} slides  ${Math.round(r.bytes / 1024)} KB\n`);
  }
}
