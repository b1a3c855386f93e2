import { CommandError } from '../diagnostics/command-error.js';
import { DiagnosticsError } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from './print-diagnostics.js';
import { UsageError } from './usage-error.js';
import { closest } from '../diagnostics/suggest.js';

type Command = { run(args: string[]): Promise<number> };

/** Each command is imported only when it runs, so `build` never loads the browser or the dev server. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'Build decks to HTML (and PDF with --pdf)', load: () => import('./build.js') },
  pdf: { summary: 'Build decks and export their PDFs', load: () => import('./pdf.js') },
  pptx: { summary: 'Export editable PowerPoint files (no browser)', load: () => import('./pptx.js') },
  new: { summary: 'Create a new deck that builds', load: () => import('./new.js') },
  lint: { summary: 'Report every problem in decks, without writing', load: () => import('./lint.js') },
  dev: { summary: 'Serve a deck, rebuild and reload on every edit', load: () => import('./dev.js') },
  index: { summary: 'Write one index.html listing every deck built into a folder', load: () => import('./index.js') },
  doctor: { summary: 'Check the browser and fonts PDF export needs', load: () => import('./doctor.js') },
  diff: { summary: 'Compare two builds: slides and data values changed', load: () => import('./diff.js') },
};

export const HELP = `deckpress — report decks from section files and data files

Usage: deckpress <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Options:
  -h, --help     Show help (also: deckpress <command> --help)
  -v, --version  Show the version

Run "deckpress build" in a project to build every deck under decks/.`;

/** The CLI: argv in, exit code out. The only place that prints errors. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      process.stdout.write(`${HELP}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      const { VERSION } = await import('../load/package-version.js');
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
      const suggestion = closest(name, Object.keys(COMMANDS));
      throw new UsageError(`Unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    }
    return await (await command.load()).run(rest);
  } catch (error) {
    return report(error, name !== undefined && name in COMMANDS ? name : undefined);
  }
}

function report(error: unknown, command: string | undefined): number {
  if (error instanceof UsageError) {
    const more = error.help ? `\n${error.help}\n` : `Run "deckpress ${command ? `${command} ` : ''}--help" for usage.\n`;
    process.stderr.write(`error: ${error.message}\n${more}`);
    return 2;
  }
  if (error instanceof DiagnosticsError) {
    printDiagnostics(error.diagnostics);
    return 1;
  }
  if (error instanceof CommandError) {
    process.stderr.write(`error  ${error.code}  ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
    return error.exitCode;
  }
  // A bug in deckpress, not in the deck: say so plainly; the stack only on request.
  process.stderr.write(`error  InternalError  ${(error as Error)?.message ?? String(error)}\n`);
  process.stderr.write(process.env.DECKPRESS_DEBUG ? `${(error as Error)?.stack}\n` : 'hint: This is a bug in deckpress. Run again with DECKPRESS_DEBUG=1 for details and report it.\n');
  return 1;
}
