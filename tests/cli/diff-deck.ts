/** A small project for `deckpress diff` tests: a sentence and a chart read one CSV cell, two sections, a generated id. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { section } from '../helpers/compile-files.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

export const DIFF_DECK: Record<string, string> = {
  'deck.yaml': 'title: Diff deck\ndate: 2024-10-15\n',
  'sections/01-money.md': section('Money', [
    'id: revenue-text\n---\n\n# Revenue reached {{ revenue[2024].revenue_usd | usd-compact }}\n\n- Up from {{ revenue[2022].revenue_usd | usd-compact }}',
    'id: revenue-chart\nlayout: chart\nchart: { type: column, data: revenue.csv, x: year, y: revenue_usd, format: usd-compact }\n---\n\n# Revenue by year',
    'id: early-years\n---\n\n# The early years\n\n- {{ revenue[2022].revenue_usd | usd-compact }} in 2022',
    '---\n\n# Plain words without an id\n\n- Nothing from data',
  ]),
  'sections/02-more.md': section('More', ['id: more-one\n---\n\n# More one', 'id: more-two\n---\n\n# More two']),
  'data/revenue.csv': 'year,revenue_usd\n2022,28000000\n2024,3700000000\n',
};

export interface DiffProject {
  project: string;
  deckDir: string;
  /** Builds the deck into `<project>/builds/<name>` and returns that deck folder. */
  build(name: string): Promise<string>;
  edit(file: string, change: (text: string) => string): Promise<void>;
  diff(...args: string[]): Promise<CliResult>;
}

export async function writeDiffProject(): Promise<DiffProject> {
  const project = await makeTmpDir('deckpress-diff-');
  const deckDir = join(project, 'decks', 'money');
  await writeFiles(deckDir, DIFF_DECK);
  return {
    project,
    deckDir,
    async build(name) {
      const result = await runCli(['build', deckDir, '--out', join(project, 'builds', name)], project);
      if (result.code !== 0) throw new Error(`build ${name} failed: ${result.stderr}`);
      return join(project, 'builds', name, 'money');
    },
    async edit(file, change) {
      const path = join(deckDir, file);
      await writeFile(path, change(await readFile(path, 'utf8')));
    },
    diff: (...args) => runCli(['diff', ...args], project),
  };
}
