// Issue 6's target: in `deckpress dev`, a one-file edit of the 212-slide deck is
// written as new HTML in at most 50 ms and at most a tenth of a cold build. The
// rebuild is timed in-process (from calling it with the changed path to its
// return: index.html, print.html and any new chart written); the cold build is
// `node bin/deckpress.js build` as a process without a chart cache, in the same run.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMs, ratioRow, timeRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { DEFAULT_RUNS, median, timeProcess } from '../lib/time-process.js';

export const name = 'dev';
export const description = 'deckpress dev: one-file edit → new HTML written, 212-slide deck, vs a cold build';

const SLIDES = 212;
const CHARTS = 20;
const MAX_MS = 50;
const MAX_RATIO = 1 / 10;
/** Edits per kind: in-process runs are short, so more of them than process runs. */
const EDITS = Math.max(20, DEFAULT_RUNS * 4);

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const deckDir = await writeDeckpressDeck(join(workDir, 'decks', 'synthetic'), syntheticContent({ slides: SLIDES, charts: CHARTS }));
  const { DevBuilder } = await import(pathToFileURL(join(root, 'lib', 'serve', 'dev-builder.js')).href);
  log(`${SLIDES} slides, ${CHARTS} with a chart of their own CSV; ${EDITS} edits of each kind after a warm-up; cold build: ${DEFAULT_RUNS} runs`);

  const cold = await timeProcess({
    command: process.execPath,
    args: [join(root, 'bin', 'deckpress.js'), 'build', deckDir, '--out', join(workDir, 'out')],
    cwd: workDir,
    env: { NO_COLOR: '1' },
  }, { before: () => rm(join(workDir, '.deckpress-cache'), { recursive: true, force: true }) });

  const builder = new DevBuilder(deckDir);
  const first = await builder.rebuild();
  if (!first.ok) throw new Error(`the synthetic deck does not build: ${JSON.stringify(first.diagnostics.slice(0, 3))}`);
  const index = join(builder.output.dir, 'index.html');

  // A word of one headline, and one cell of a CSV a chart reads: the edits an author makes most.
  const section = join(deckDir, 'sections', '04-safety.md');
  const csv = join(deckDir, 'data', 'chart-001.csv');
  const kinds = {
    text: { file: section, edit: (text, i) => text.replace(/Finding (\d+): spending on ([a-z -]+?) grew [\d.]+×/, `Finding $1: spending on $2 grew ${i + 2}.5×`), expect: (i) => `grew ${i + 2}.5×` },
    csv: { file: csv, edit: (text, i) => text.replace(/\n2024,\d+/, `\n2024,${1000 + i}`), expect: (i) => (1000 + i).toLocaleString('en') },
  };
  const times = { text: [], csv: [] };
  const rendered = { text: [], csv: [] };
  for (let i = -2; i < EDITS; i++) {
    for (const [kind, { file, edit, expect }] of Object.entries(kinds)) {
      await writeFile(file, edit(await readFile(file, 'utf8'), i + 2));
      const started = performance.now();
      const report = await builder.rebuild([file]);
      const ms = performance.now() - started;
      if (!report.ok || !report.changed) throw new Error(`${kind} edit ${i}: ${report.ok ? 'nothing written' : JSON.stringify(report.diagnostics.slice(0, 3))}`);
      if (!(await readFile(index, 'utf8')).includes(expect(i + 2))) throw new Error(`${kind} edit ${i}: index.html does not show it`);
      if (i >= 0) {
        times[kind].push(ms);
        rendered[kind].push(report.slides.rendered);
      }
    }
  }

  // For the notes: a deck.yaml edit every slide reads (the footer), and a template edit.
  const deckYaml = join(deckDir, 'deck.yaml');
  await writeFile(deckYaml, (await readFile(deckYaml, 'utf8')).replace('footer: "deckpress bench"', 'footer: "deckpress bench 2"'));
  const config = await builder.rebuild([deckYaml]);

  const rows = [];
  for (const [kind, label] of [['text', 'a slide\'s text'], ['csv', 'a CSV cell read by a chart']]) {
    const ms = median(times[kind]);
    rows.push(timeRow({ name: `dev: edit ${label} → HTML written`, ours: ms, maxMs: MAX_MS }));
    rows.push(ratioRow({ name: `dev: edit ${label} vs cold build`, baseline: 'cold build', baselineMs: cold.median, ours: ms, maxRatio: MAX_RATIO, target: '≤ 0.10×' }));
  }
  const notes = [
    `first build in the dev server: ${formatMs(first.ms)} (${first.slides.rendered} slides rendered)`,
    ...Object.keys(kinds).map((kind) => `${kind} edits (ms): median ${median(times[kind]).toFixed(1)}, min ${Math.min(...times[kind]).toFixed(1)}, max ${Math.max(...times[kind]).toFixed(1)}; slides re-rendered per edit: ${[...new Set(rendered[kind])].join(', ')}`),
    `cold build runs (ms): ${cold.runs.map(Math.round).join(', ')}${cold.cpuMedian ? `; CPU median ${formatMs(cold.cpuMedian)}` : ''}`,
    `deck.yaml footer edit (every slide reads it): ${formatMs(config.ms)}, ${config.slides.rendered} slides re-rendered (not a target)`,
  ];
  await rm(join(workDir, 'out'), { recursive: true, force: true });
  return { rows, notes };
}
