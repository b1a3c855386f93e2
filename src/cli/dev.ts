/**
 * `deckpress dev [deck-dir]`: serves the deck, rebuilds on every edit and
 * reloads the open pages. Runs until Ctrl-C (SIGINT) or SIGTERM, then closes
 * the watcher, the server and any PDF export and returns 0.
 */
import { spawn } from 'node:child_process';
import { findDecks } from '../load/find-decks.js';
import type { BuildReport } from '../serve/dev-builder.js';
import { parseCommandArgs } from './parse-args.js';
import { printDiagnostics } from './print-diagnostics.js';
import { nextStopSignal } from './signals.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: deckpress dev [deck-dir] [options]

Builds the deck into .deckpress-cache/dev/, serves it and rebuilds on every edit
of deck.yaml, sections/, data/, assets/ or templates/; open pages reload on the
same slide. Problems show in the terminal and over the page. GET /<deck>.pdf
exports the current PDF. With no deck-dir, the one deck under ./decks; a deck may
be named by its folder or its deck.yaml.

Options:
  -p, --port N  Port to listen on (default: 4321; 0 picks a free one)
  --host H      Address to listen on (default: 127.0.0.1, this machine only)
  --open        Open the deck in the default browser
  -h, --help    Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: 'string', short: 'p', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    open: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('deckpress dev serves one deck; name one deck folder.');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number (0-65535), not "${values.port}".`);
  const decks = await findDecks(positionals);
  if (decks.length !== 1) throw new UsageError(decks.length === 0 ? 'No deck given and no decks/<name>/deck.yaml found here.' : `Several decks here (${decks.join(', ')}): name the one to serve.`);

  const { startDevServer } = await import('../serve/start-dev-server.js');
  const server = await startDevServer({
    deckDir: decks[0]!,
    port,
    host: values.host,
    onBuild: printBuild,
    onWarning: (message) => process.stderr.write(`warning  ${message}\n`),
  });
  // A bug that escapes a rebuild (an error thrown from a callback) is shown, not fatal: the server keeps the last good deck.
  const survive = (error: unknown) => {
    const shown = error instanceof Error ? error : new Error(String(error));
    printInternalError(shown);
    server.reportError(shown);
  };
  process.on('uncaughtException', survive);
  process.on('unhandledRejection', survive);
  process.stdout.write(`deckpress dev: serving ${server.url}  (PDF: ${server.url}${server.builder.name}.pdf)  Ctrl-C to stop\n`);
  if (values.open) openBrowser(server.url);
  await nextStopSignal();
  process.stdout.write('deckpress dev: stopping\n');
  await server.close();
  // A rebuild still in flight (a Vega-Lite chart drawn up to its budget, a slow disk under load) kept
  // the process alive until it finished: longer than a supervisor waits after SIGTERM, so the signal
  // looked ignored. It is abandoned instead. Unref'd: this fires only while something still holds the process.
  setImmediate(() => process.exit(0)).unref();
  return 0;
}

function printBuild(report: BuildReport): void {
  printDiagnostics(report.diagnostics);
  if (report.error) printInternalError(report.error);
  const time = `${Math.round(report.ms)} ms`;
  const slides = `${report.slides.rendered} slide${report.slides.rendered === 1 ? '' : 's'} rendered, ${report.slides.reused} reused`;
  if (!report.ok) process.stdout.write(`build failed in ${time}: the page keeps the last good deck\n`);
  else process.stdout.write(`${report.changed ? 'built' : 'unchanged'} in ${time} (${slides})\n`);
}

function printInternalError(error: Error): void {
  process.stderr.write(`error  InternalError  ${error.message}\n${process.env.DECKPRESS_DEBUG ? `${error.stack}\n` : ''}`);
}

/** The platform's opener, detached: the browser is the user's, not ours to close. */
function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', (error) => process.stderr.write(`warning  could not open a browser (${error.message}); open ${url} yourself\n`));
  child.unref();
}
