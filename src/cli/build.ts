import { decksToProcess, HELP_FLAG, OUTPUT_FLAGS, PDF_FLAGS, pdfFlagValues, PPTX_FLAG } from './deck-flags.js';
import { BROWSER_URL_HELP } from './browser-flags.js';
import { UsageError } from './usage-error.js';
import { buildDecks } from '../pipeline.js';
import { parseCommandArgs } from './parse-args.js';
import { printDiagnostics } from './print-diagnostics.js';
import { displayPath } from '../load/display-path.js';

export const HELP = `Usage: deckpress build [deck-dir ...] [options]

Builds each deck to <out>/<deck>/index.html (and each variant to <out>/<deck>/<variant>/).
With no deck-dir, builds every deck under ./decks.

A deck may be named by its folder or its deck.yaml.

Options:
  -o, --out DIR       Output folder (default: dist; --output is the same)
  --variant NAME      Build only this variant besides the full deck (repeatable)
  --shard I/N         Build only the I-th of N shares of the decks (CI matrix)
  -w, --watch         Build, then rebuild on every edit until Ctrl-C (as dev does,
                      without a server)
  --pdf               Also export each deck's PDF
  --pptx              Also export each deck's editable .pptx (no browser)
  --browser-path P    Browser for --pdf (default: discovered)
${BROWSER_URL_HELP}
  --concurrency N     PDF exports at once
  --timeout S         Seconds allowed per PDF
  --png               With --pdf: also one PNG per slide and a contact sheet
  -h, --help          Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...OUTPUT_FLAGS, pdf: { type: 'boolean', default: false }, watch: { type: 'boolean', short: 'w', default: false }, ...PPTX_FLAG, ...PDF_FLAGS, ...HELP_FLAG }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  pdfFlagValues(values);
  if (values.watch) {
    if (values.pdf) throw new UsageError('--watch rebuilds the HTML; export PDFs with "deckpress pdf" (or GET /<deck>.pdf from "deckpress dev").', HELP);
    const watched = await decksToProcess(positionals, values.shard);
    return (await import('./build-watch.js')).watchBuild(watched, { outDir: values.out, ...(values.variant ? { variants: values.variant } : {}) });
  }
  // `build --pdf` is `pdf`: the same build, then the export.
  if (values.pdf) return (await import('./pdf.js')).run(args.filter((a) => a !== '--pdf'));
  const deckDirs = await decksToProcess(positionals, values.shard);
  if (deckDirs.length === 0) return 0;
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~1 ms).
  const started = process.hrtime.bigint();
  const result = await buildDecks({ deckDirs, outDir: values.out, pptx: values.pptx, ...(values.variant ? { variants: values.variant } : {}) });
  printDiagnostics(result.diagnostics);
  if (result.pptx) (await import('./pptx.js')).reportPptx(result.pptx);
  for (const deck of result.decks) {
    const slides = deck.targets[0]?.model.slides.length ?? 0;
    const variants = deck.targets.filter((t) => t.variant).map((t) => t.variant);
    const { rendered, cached } = deck.charts;
    const charts = rendered + cached > 0 ? `  charts: ${rendered} drawn, ${cached} cached` : '';
    process.stdout.write(`built ${displayPath(deck.outDir)}/index.html  ${slides} slides${charts}${variants.length ? `  variants: ${variants.join(', ')}` : ''}\n`);
  }
  process.stdout.write(`done in ${Math.round(Number(process.hrtime.bigint() - started) / 1e6)} ms\n`);
  return 0;
}
