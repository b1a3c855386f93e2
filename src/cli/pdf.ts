/**
 * `deckpress pdf [deck-dir ...]`: builds each deck (HTML and its print document)
 * and exports `<out>/<deck>/<deck>.pdf` for the deck and each variant, all with
 * one browser. Errors are thrown for the dispatcher to print (exit 1).
 */
import { BROWSER_URL_HELP } from './browser-flags.js';
import { decksToProcess, HELP_FLAG, MAX_TIMEOUT_SECONDS, OUTPUT_FLAGS, PDF_FLAGS, pdfFlagValues, PPTX_FLAG } from './deck-flags.js';
import type { PdfOptions, PdfWarning } from '../pdf/types.js';
import { parseCommandArgs } from './parse-args.js';
import { printDiagnostics } from './print-diagnostics.js';
import { exitOnSignals } from './signals.js';

export { MAX_TIMEOUT_SECONDS };

export const HELP = `Usage: deckpress pdf [deck-dir ...] [options]

Builds each deck and exports <out>/<deck>/<deck>.pdf (and one per variant).
With no deck-dir, exports every deck under ./decks.

Options:
  -o, --out DIR       Output folder (default: dist; --output is the same)
  --variant NAME      Export only this variant besides the full deck (repeatable)
  --shard I/N         Export only the I-th of N shares of the decks (CI matrix)
  --browser-path P    Chrome, Chromium or Edge to print with (default: discovered;
                      also CHROME_PATH, PUPPETEER_EXECUTABLE_PATH)
${BROWSER_URL_HELP}
  --concurrency N     PDFs printed at once in the one browser (default: cores − 1, from 2 to 4)
  --timeout S         Seconds allowed per PDF, and for starting the browser and each
                      call to it (default: 120 + 0.1 per page; at most ${MAX_TIMEOUT_SECONDS})
  --png               Also one PNG per page and a contact sheet, in <out>/<deck>/png/
  --pptx              Also export each deck's editable .pptx
  -h, --help          Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...OUTPUT_FLAGS, ...PDF_FLAGS, ...PPTX_FLAG, ...HELP_FLAG }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const deckDirs = await decksToProcess(positionals, values.shard);
  if (deckDirs.length === 0) return 0;
  exitOnSignals();
  const { createProgressReporter } = await import('../pdf/progress.js');
  const pdfOptions: PdfOptions = {
    ...pdfFlagValues(values),
    progress: createProgressReporter(process.stdout),
  };
  const started = performance.now();
  const { buildDecks } = await import('../pipeline.js');
  const { diagnostics, pdfs = [], pptx } = await buildDecks({ deckDirs, outDir: values.out, pdf: true, png: values.png, pptx: values.pptx, pdfOptions, ...(values.variant ? { variants: values.variant } : {}) });
  printDiagnostics([...diagnostics, ...pdfs.flatMap((r) => r.diagnostics)]);
  if (pptx) (await import('./pptx.js')).reportPptx(pptx);
  printWarnings(pdfs.flatMap((r) => r.warnings));
  process.stdout.write(`${pdfs.length} PDF${pdfs.length === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

function printWarnings(warnings: PdfWarning[]): void {
  for (const w of warnings) {
    process.stderr.write(`warning  ${w.code}  ${w.message}\n${w.hint ? `hint: ${w.hint}\n` : ''}`);
  }
}
