// Issue 15's targets, on a 212-slide deck (20 charts) built twice around five
// edited slides (three headlines, two CSV cells a chart reads), in the same run:
// `deckpress diff OLD NEW --report DIR` takes at most 2× `deckpress pdf` of that
// deck, and `deckpress diff OLD NEW` at most the time of a `deckpress build`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ratioRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { compareProcesses, runOnce } from '../lib/time-process.js';

export const name = 'diff';
export const description = 'deckpress diff of two 212-slide builds with 5 changed slides, with and without --report, vs pdf and build';

const SLIDES = 212;
const CHARTS = 20;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const deckDir = await writeDeckpressDeck(join(workDir, 'decks', 'synthetic'), syntheticContent({ slides: SLIDES, charts: CHARTS }));
  const bin = join(root, 'bin', 'deckpress.js');
  const env = { CHROME_PATH: CHROMIUM, NO_COLOR: '1' };
  const deckpress = (...args) => ({ command: process.execPath, args: [bin, ...args], cwd: workDir, env });
  const build = (out) => runOnce(deckpress('build', deckDir, '--out', join(workDir, out)));

  await build('old');
  const edited = await editFiveSlides(deckDir);
  await build('new');
  const [oldDir, newDir] = [join(workDir, 'old', 'synthetic'), join(workDir, 'new', 'synthetic')];
  // diff exits 1 when something changed: that is the run succeeding.
  const diff = (...extra) => ({ command: '/bin/sh', args: ['-c', `"$@"; test $? -eq 1`, 'diff', process.execPath, bin, 'diff', oldDir, newDir, ...extra], cwd: workDir, env });
  const check = JSON.parse((await runOnce({ ...diff('--format', 'json') })).output.replace(/[^]*?(\{[^]*\})[^]*$/, '$1'));
  const changed = check.changed.map((c) => c.id).sort();
  if (changed.join() !== edited.join()) throw new Error(`diff lists ${changed.join(', ')}, the edits were ${edited.join(', ')}`);
  log(`${SLIDES} slides, ${CHARTS} charts; edited: ${edited.join(', ')}; Chromium ${CHROMIUM}`);

  const results = await compareProcesses(
    {
      pdf: deckpress('pdf', deckDir, '--out', join(workDir, 'pdf')),
      report: diff('--report', join(workDir, 'report')),
      build: deckpress('build', deckDir, '--out', join(workDir, 'build')),
      diff: diff(),
    },
    { before: () => rm(join(workDir, 'report'), { recursive: true, force: true }) },
  );
  const rows = [
    ratioRow({ name: `diff --report, ${SLIDES} slides, 5 changed`, baseline: 'deckpress pdf', baselineMs: results.pdf.median, ours: results.report.median, maxRatio: 2, target: '≤ 2× pdf' }),
    ratioRow({ name: `diff, ${SLIDES} slides, 5 changed`, baseline: 'deckpress build', baselineMs: results.build.median, ours: results.diff.median, maxRatio: 1, target: '≤ 1× build' }),
  ];
  const runs = Object.entries(results).map(([label, r]) => `${label} ${r.runs.map(Math.round).join(', ')}`);
  return { rows, notes: [`runs (ms): ${runs.join('; ')}`] };
}

/** Three headlines and two CSV cells that charts plot; returns the ids of the slides they change. */
async function editFiveSlides(deckDir) {
  const edit = async (file, change) => writeFile(join(deckDir, file), change(await readFile(join(deckDir, file), 'utf8')));
  const sections = ['02-industry.md', '04-safety.md', '08-predictions.md'];
  const ids = [];
  for (const [i, section] of sections.entries()) {
    await edit(join('sections', section), (text) => {
      const match = /id: (slide-\d+)\n[^]*?\n# Finding \d+: spending on/.exec(text);
      ids.push(match[1]);
      return text.replace(match[0], match[0].replace('spending on', `edited spending (${i}) on`));
    });
  }
  for (const csv of ['chart-001.csv', 'chart-011.csv']) {
    await edit(join('data', csv), (text) => text.replace(/\n2024,(\d+)/, (_, v) => `\n2024,${Number(v) + 7}`));
    ids.push(csv.replace(/^chart-(\d+)\.csv$/, 'slide-$1'));
  }
  return ids.sort();
}
