/**
 * `deckpress diff OLD NEW` and `deckpress diff --since REV DECK`: which slides of
 * two builds were added, removed, moved or changed, and the data values that
 * moved. Exit 0 when nothing changed, 1 when something did, 2 on bad usage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { compareManifests, hasChanges } from '../diff/compare-manifests.js';
import { formatDiffText } from '../diff/format-diff.js';
import { readManifest } from '../diff/read-manifest.js';
import { isInside } from '../load/is-inside.js';
import type { BrowserChoice } from '../browser/start-browser.js';
import { BROWSER_FLAGS, BROWSER_URL_HELP, browserFlagValues } from './browser-flags.js';
import { HELP_FLAG } from './deck-flags.js';
import { parseCommandArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: deckpress diff OLD NEW [options]
       deckpress diff --since REV DECK [options]

Compares two builds of a deck (folders that deckpress build wrote, such as
dist/my-deck from before and after an edit), or DECK as it was at git revision
REV with DECK as it is now. Lists the slides added, removed, moved and changed,
and for changed slides the parts (text, chart, table, notes, sources) and the
data values whose shown text changed, with their data cells.

Options:
  --format F          text (default) or json
  --report DIR        Also write DIR/index.html: before/after images of every
                      changed or added slide, their changed pixels, the value changes
  --since REV         Compare DECK at git revision REV with the work tree
  --browser-path P    Chrome, Chromium or Edge for the report's images
${BROWSER_URL_HELP}
  -h, --help          Show this help

Exit code: 0 nothing changed, 1 something changed, 2 bad usage.`;

const FLAGS = {
  format: { type: 'string', default: 'text' },
  report: { type: 'string' },
  since: { type: 'string' },
  ...BROWSER_FLAGS,
  ...HELP_FLAG,
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, FLAGS, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not "${format}".`);
  const expected = values.since === undefined ? 2 : 1;
  if (positionals.length !== expected) {
    throw new UsageError(values.since === undefined ? 'diff needs two built deck folders: deckpress diff OLD NEW.' : 'diff --since needs one deck folder: deckpress diff --since REV DECK.');
  }
  const options: Options = { format, ...(values.report ? { report: values.report, browser: browserFlagValues(values) } : {}) };
  if (values.since === undefined) return compareFolders(positionals[0]!, positionals[1]!, options);
  return compareSince(values.since, positionals[0]!, options);
}

interface Options {
  format: 'text' | 'json';
  report?: string;
  /** The browser for the report's images. */
  browser?: BrowserChoice;
}

async function compareFolders(oldDir: string, newDir: string, options: Options, copyDecks = false): Promise<number> {
  const [old, next] = await Promise.all([readManifest(oldDir, 'OLD'), readManifest(newDir, 'NEW')]);
  const diff = compareManifests(old, next);
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffText(diff));
  if (options.report) {
    const report = resolve(options.report);
    for (const dir of [oldDir, newDir]) if (isInside(resolve(dir), report, { orSame: true })) throw new UsageError(`--report ${options.report} would replace the deck folder ${dir}: give another folder.`);
    const { writeReport } = await import('../diff/write-report.js');
    const page = await writeReport(report, { diff, old: { dir: oldDir, manifest: old }, next: { dir: newDir, manifest: next }, copyDecks, ...(options.browser ? { browser: options.browser } : {}) });
    process.stderr.write(`report: ${page}\n`);
  }
  return hasChanges(diff) ? 1 : 0;
}

/** Builds DECK at REV and as it is now into a temporary folder (never dist/), then compares them. */
async function compareSince(rev: string, deckDir: string, options: Options): Promise<number> {
  const [{ checkoutRevision }, { buildDecks }, { DiagnosticsError }, { diffError }, { printDiagnostics }] = await Promise.all([
    import('../diff/checkout-revision.js'),
    import('../pipeline.js'),
    import('../diagnostics/diagnostic.js'),
    import('../diff/diff-error.js'),
    import('./print-diagnostics.js'),
  ]);
  const checkout = await checkoutRevision(rev, deckDir);
  const out = await mkdtemp(join(tmpdir(), 'deckpress-diff-'));
  try {
    try {
      await buildDecks({ deckDirs: [checkout.deckDir], outDir: join(out, 'old'), variants: [] });
    } catch (error) {
      if (!(error instanceof DiagnosticsError)) throw error;
      printDiagnostics(error.diagnostics);
      throw diffError('DiffRevisionBuildFailed', { rev, deck: deckDir, count: error.diagnostics.filter((d) => d.severity === 'error').length });
    }
    await buildDecks({ deckDirs: [deckDir], outDir: join(out, 'new'), variants: [] });
    const name = basename(resolve(deckDir));
    return await compareFolders(join(out, 'old', name), join(out, 'new', name), options, true);
  } finally {
    await Promise.all([checkout.remove(), rm(out, { recursive: true, force: true })]);
  }
}
