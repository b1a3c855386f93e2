// Issue 2's target: building the HTML of a 212-slide deck takes at most a third
// of the time Marp CLI takes to convert the same content to HTML. Both are timed
// as whole processes (start-up included), alternating, in the same run.
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ensurePeerTool } from '../lib/peer-tool.js';
import { formatMs, ratioRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck, writeMarpMarkdown } from '../lib/synthetic-deck.js';
import { compareProcesses, DEFAULT_RUNS } from '../lib/time-process.js';

export const name = 'build';
export const description = 'HTML build of a 212-slide deck, deckpress vs Marp CLI';

const SLIDES = 212;
const MAX_RATIO = 1 / 3;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const marp = ensurePeerTool({ spec: '@marp-team/marp-cli@4', bin: 'marp' });
  const content = syntheticContent({ slides: SLIDES });
  const deckDir = await writeDeckpressDeck(join(workDir, 'decks', 'synthetic'), content);
  const marpFile = await writeMarpMarkdown(join(workDir, 'marp', 'deck.md'), content);
  const outDir = join(workDir, 'out');
  const marpOut = join(workDir, 'marp', 'deck.html');

  // Neither HTML conversion may start a browser: point every browser variable at a
  // script that leaves a mark, and check for the mark afterwards.
  const mark = join(workDir, 'browser-launched');
  const sentinel = join(workDir, 'fake-browser.sh');
  await writeFile(sentinel, `#!/bin/sh\ntouch '${mark}'\nexit 1\n`);
  await chmod(sentinel, 0o755);
  const env = { CHROME_PATH: sentinel, BROWSER_PATH: sentinel, PUPPETEER_EXECUTABLE_PATH: sentinel, NO_COLOR: '1' };

  const load = loadavg()[0];
  log(`${SLIDES} slides (headline, 3 bullets, image, source); marp-cli ${marp.version}; ${DEFAULT_RUNS} runs after a warm-up`);
  // Every deckpress run is a cold build: no chart cache left from the previous run.
  const before = (label) => label === 'deckpress' && rm(join(workDir, '.deckpress-cache'), { recursive: true, force: true });
  const results = await compareProcesses({
    marp: { command: process.execPath, args: [marp.script, '--html', marpFile, '-o', marpOut], cwd: workDir, env },
    deckpress: { command: process.execPath, args: [join(root, 'bin', 'deckpress.js'), 'build', deckDir, '--out', outDir], cwd: workDir, env },
  }, { before });

  const launched = await stat(mark).then(() => true, () => false);
  const ours = await readFile(join(outDir, 'synthetic', 'index.html'), 'utf8');
  const theirs = await readFile(marpOut, 'utf8');
  const notes = [
    `slides in output: deckpress ${count(ours, /<section\b/g)} (212 + title, agenda, dividers, references), marp ${count(theirs, /<section\b[^>]*data-marpit-pagination/g) || count(theirs, /<section\b/g)}`,
    `wall runs (ms): deckpress ${results.deckpress.runs.map(Math.round).join(', ')}; marp ${results.marp.runs.map(Math.round).join(', ')}`,
    ...(results.deckpress.cpuMedian && results.marp.cpuMedian
      ? [`CPU time (user+sys, median): deckpress ${formatMs(results.deckpress.cpuMedian)}, marp ${formatMs(results.marp.cpuMedian)}, ratio ${(results.deckpress.cpuMedian / results.marp.cpuMedian).toFixed(2)}×`]
      : []),
    `load average before/after: ${load.toFixed(1)} / ${loadavg()[0].toFixed(1)}${load > 1.5 ? ' (a busy machine stretches wall times; the CPU line is steadier)' : ''}`,
    launched ? 'WARNING: a browser launch was attempted during an HTML build' : 'no browser launched by either tool (checked)',
  ];
  await rm(join(workDir, 'out'), { recursive: true, force: true });
  return {
    rows: [ratioRow({
      name: `build ${SLIDES} slides → HTML`,
      baseline: 'marp --html',
      baselineMs: results.marp.median,
      ours: results.deckpress.median,
      maxRatio: MAX_RATIO,
      target: '≤ 0.33× (1/3)',
    })],
    notes,
  };
}

function count(text, re) {
  return (text.match(re) ?? []).length;
}
