import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { BROWSER_FLAGS, BROWSER_URL_HELP, browserFlagValues } from './browser-flags.js';
import { decksToProcess, SHARD_FLAG } from './deck-flags.js';
import { jsonReport } from '../lint/json-report.js';
import { lintDeck } from '../lint/lint-deck.js';
import { parseCommandArgs } from './parse-args.js';
import { printDiagnostics } from './print-diagnostics.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: deckpress lint [deck-dir ...] [options]

Reports every problem in each deck (errors and warnings) without writing anything.
With no deck-dir, lints every deck under ./decks. Exits 1 when there is an error.

Options:
  --format F          text (default) or json (one document on stdout, for CI and editors)
  --render            Also build each deck to a temporary folder, open it in a
                      headless browser and report slides that overflow, images and
                      fonts that fail to load, and console errors
  --browser-path P    Browser for --render (default: discovered as for --pdf)
${BROWSER_URL_HELP}
  --shard I/N         Lint only the I-th of N shares of the decks (CI matrix)
  -h, --help          Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'text' },
    render: { type: 'boolean', default: false },
    ...BROWSER_FLAGS,
    ...SHARD_FLAG,
    help: { type: 'boolean', short: 'h', default: false },
  }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format is text or json, not "${values.format}".`);
  // `deckpress lint | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const browser = values.render ? browserFlagValues(values) : {};
  const deckDirs = await decksToProcess(positionals, values.shard);

  const results = [];
  const notes: string[] = [];
  // A browser that cannot be found or started ends the render check, not the report:
  // what was found is printed first, then the CLI reports the browser error.
  let browserError: unknown;
  for (const dir of deckDirs) {
    const result = await lintDeck(dir);
    let diagnostics: Diagnostic[] = result.diagnostics;
    if (values.render && browserError === undefined) {
      if (hasErrors(diagnostics)) notes.push(`${result.name}: render check skipped; fix the errors first (the deck cannot be built).`);
      else {
        // Loaded only for --render: it brings in puppeteer.
        const [{ checkRender }, { exitOnSignals }] = await Promise.all([import('../lint/render/check-render.js'), import('./signals.js')]);
        exitOnSignals();
        try {
          const rendered = await checkRender(result.compiled, browser);
          diagnostics = sortDiagnostics([...diagnostics, ...rendered.diagnostics]);
        } catch (error) {
          browserError = error;
          notes.push(`${result.name}: render check not run (see the error below).`);
        }
      }
    }
    results.push({ name: result.name, dir, diagnostics });
  }

  const all = results.flatMap((r) => r.diagnostics);
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(jsonReport(results), null, 2)}\n`);
    for (const note of notes) process.stderr.write(`${note}\n`);
  } else {
    printDiagnostics(all, process.stdout);
    for (const note of notes) process.stdout.write(`${note}\n`);
    if (all.length === 0 && results.length > 0) {
      const names = results.map((r) => r.name).join(', ');
      process.stdout.write(`${names}: no problems${values.render && browserError === undefined ? ' (render check included)' : ''}\n`);
    }
  }
  if (browserError !== undefined) throw browserError;
  return hasErrors(all) ? 1 : 0;
}
