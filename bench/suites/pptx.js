// Issue 14's targets, on the 212-slide bench deck, in the same run: `deckpress
// pptx` (editable: text, native charts, notes) takes at most 0.05× the time of
// Marp CLI's `--pptx` (one screenshot per slide, through Chromium) on the same
// content, writes at most 0.1× its file size, and starts no process at all (so no
// browser): a preload counts every child process the CLI starts.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePeerTool } from '../lib/peer-tool.js';
import { ratioRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck, writeMarpMarkdown } from '../lib/synthetic-deck.js';
import { compareProcesses, DEFAULT_RUNS, runOnce } from '../lib/time-process.js';

export const name = 'pptx';
export const description = 'PowerPoint export of a 212-slide deck (with charts) vs marp --pptx; no browser';

const SLIDES = 212;
const CHARTS = 12;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Loaded with --require into the deckpress process: records every child process it starts.
const COUNT_CHILDREN = `
const cp = require('node:child_process');
const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
for (const fn of ['spawn', 'spawnSync', 'fork', 'exec', 'execSync', 'execFile', 'execFileSync']) {
  const original = cp[fn];
  cp[fn] = function (...args) { appendFileSync(process.env.DECKPRESS_BENCH_CHILDREN, String(args[0]) + '\\n'); return original.apply(this, args); };
}
syncBuiltinESMExports();
`;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const marp = ensurePeerTool({ spec: '@marp-team/marp-cli@4', bin: 'marp' });
  const content = syntheticContent({ slides: SLIDES, charts: CHARTS });
  const deckDir = await writeDeckpressDeck(join(workDir, 'decks', 'synthetic'), content);
  const marpFile = await writeMarpMarkdown(join(workDir, 'marp', 'deck.md'), content);
  const bin = join(root, 'bin', 'deckpress.js');
  const out = join(workDir, 'out');
  const preload = join(workDir, 'count-children.cjs');
  const children = join(workDir, 'children.txt');
  await writeFile(preload, COUNT_CHILDREN);
  await writeFile(children, '');
  const files = { deckpress: join(out, 'synthetic', 'synthetic.pptx'), marp: join(workDir, 'marp', 'deck.pptx') };
  log(`${SLIDES} slides (headline, 3 bullets, source; ${CHARTS} charts, the rest an SVG figure); marp-cli ${marp.version}; Chromium ${CHROMIUM}`);

  const results = await compareProcesses(
    {
      deckpress: {
        command: process.execPath,
        args: ['--require', preload, bin, 'pptx', deckDir, '--out', out],
        cwd: workDir,
        // No browser to find: were one needed, the export would fail.
        env: { CHROME_PATH: '/nonexistent/chromium', PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium', DECKPRESS_BENCH_CHILDREN: children, NO_COLOR: '1' },
      },
      marp: { command: process.execPath, args: [marp.script, '--pptx', '--allow-local-files', marpFile, '-o', files.marp], cwd: workDir, env: { CHROME_PATH: CHROMIUM, CHROME_NO_SANDBOX: '1' } },
    },
    // Marp takes about a minute per export here: three timed rounds are enough for the ratio.
    { runs: Math.min(DEFAULT_RUNS, 3) },
  );
  const size = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([k, f]) => [k, (await stat(f)).size])));
  const started = (await readFile(children, 'utf8')).split('\n').filter(Boolean);
  // The same deck exported again: byte-identical.
  const again = join(workDir, 'again');
  await runOnce({ command: process.execPath, args: [bin, 'pptx', deckDir, '--out', again], cwd: workDir });
  const same = Buffer.compare(await readFile(files.deckpress), await readFile(join(again, 'synthetic', 'synthetic.pptx'))) === 0;

  const rows = [
    ratioRow({ name: `deckpress pptx, ${SLIDES} slides (compile included)`, baseline: 'marp --pptx', baselineMs: results.marp.median, ours: results.deckpress.median, maxRatio: 0.05, target: '≤ 0.05× Marp' }),
    { name: 'PPTX size (KB)', baseline: 'marp --pptx', baselineMs: size.marp / 1024, ours: size.deckpress / 1024, ratio: size.deckpress / size.marp, target: '≤ 0.1× Marp', pass: size.deckpress <= 0.1 * size.marp, unit: 'count' },
    { name: 'processes started by deckpress pptx (browsers included)', ours: started.length, target: '0', pass: started.length === 0, unit: 'count' },
    { name: 'same deck, same bytes', ours: same ? 1 : 0, target: 'identical', pass: same, unit: 'count' },
  ];
  const notes = [
    `runs (ms): deckpress ${results.deckpress.runs.map(Math.round).join(', ')}; marp ${results.marp.runs.map(Math.round).join(', ')}`,
    `cpu (ms, median): deckpress ${Math.round(results.deckpress.cpuMedian ?? NaN)}, marp ${Math.round(results.marp.cpuMedian ?? NaN)} (marp's Chromium included)`,
    `sizes: deckpress ${kb(size.deckpress)} (${SLIDES} slides + title, agenda, dividers, references; editable), marp ${kb(size.marp)} (${SLIDES} slide pictures)`,
    ...(started.length ? [`started: ${[...new Set(started)].join(', ')}`] : []),
  ];
  return { rows, notes };
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
