/** `deckpress index DIST`: one page listing every deck and variant built into DIST (merged shards included). */
import { HELP_FLAG } from './deck-flags.js';
import { parseCommandArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';
import { displayPath } from '../load/display-path.js';

export const HELP = `Usage: deckpress index DIST

Writes DIST/index.html: every deck and variant built into DIST (by build, pdf or
pptx, from one machine or from CI shards merged into one folder) with its title,
date, language, slide count and links to its HTML, PDF and PPTX. The page is
self-contained and works from file:// or any static host.

Options:
  -h, --help          Show this help`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...HELP_FLAG }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('deckpress index takes one folder: the output folder of the builds (e.g. dist).');
  const { writeSiteIndex } = await import('../site-index/write-site-index.js');
  const { path, decks } = await writeSiteIndex(positionals[0]!);
  const builds = decks.reduce((sum, d) => sum + d.builds.length, 0);
  process.stdout.write(`wrote ${displayPath(path)}  ${decks.length} deck${decks.length === 1 ? '' : 's'}, ${builds} build${builds === 1 ? '' : 's'}\n`);
  return 0;
}
