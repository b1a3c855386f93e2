// Issue 17's CI simulation: 24 generated decks of mixed sizes (2,000 slides in
// all) exported with `deckpress pdf --shard i/n` as 1, 2 and 4 shards, every shard
// run one after another on this machine, as n CI workers would run them side by
// side. The wall time of an n-worker matrix is its slowest shard; the target is
// slowest/fastest ≤ 1.3. Times are CPU time of the shard's whole process tree
// (deckpress and every browser process, lib/tree-cpu.js): on a busy shared
// machine wall time says more about the neighbours than about the split. Wall
// times are in the notes.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMs } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { runWithTreeCpu } from '../lib/tree-cpu.js';

export const name = 'shards';
export const description = '24 decks, 2,000 slides, pdf --shard as 1, 2 and 4 workers: each shard\'s time, slowest/fastest';

/** A few long reports and many short talks, 2,000 slides in all. */
export const DECK_SLIDES = [300, 240, 200, 160, 130, 110, 95, 85, 75, 70, 65, 60, 55, 50, 45, 40, 35, 35, 30, 25, 25, 20, 20, 30];
const SHARD_COUNTS = [1, 2, 4];
const MAX_RATIO = 1.3;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const total = DECK_SLIDES.reduce((a, b) => a + b, 0);
  if (DECK_SLIDES.length !== 24 || total !== 2000) throw new Error(`expected 24 decks and 2,000 slides, got ${DECK_SLIDES.length} and ${total}`);
  for (const [i, slides] of DECK_SLIDES.entries()) {
    const deck = `deck-${String(i + 1).padStart(2, '0')}`;
    await writeDeckpressDeck(join(workDir, 'decks', deck), syntheticContent({ slides, sections: Math.max(2, Math.round(slides / 40)) }), { title: `Synthetic deck ${i + 1}` });
  }
  const bin = join(root, 'bin', 'deckpress.js');
  const env = { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium', NO_COLOR: '1' };
  log(`${DECK_SLIDES.length} decks, ${total} slides: ${DECK_SLIDES.join(', ')}`);

  const rows = [];
  const notes = [];
  for (const n of SHARD_COUNTS) {
    const shards = [];
    for (let i = 1; i <= n; i++) {
      const out = join(workDir, `out-${i}-of-${n}`);
      const result = await runWithTreeCpu({ command: process.execPath, args: [bin, 'pdf', '--shard', `${i}/${n}`, '--out', out], cwd: workDir, env });
      const slides = Number(/\((\d+) slides\)/.exec(result.output)?.[1] ?? NaN);
      shards.push({ i, slides, cpu: result.cpuMs, wall: result.ms });
      await rm(out, { recursive: true, force: true });
    }
    const cpus = shards.map((s) => s.cpu);
    const [slowest, fastest] = [Math.max(...cpus), Math.min(...cpus)];
    notes.push(`${n} shard${n > 1 ? 's' : ''}: ${shards.map((s) => `${s.i}/${n} ${s.slides} slides ${formatMs(s.cpu)} CPU, ${formatMs(s.wall)} wall`).join('; ')}`);
    if (n === 1) {
      rows.push({ name: '1 worker: all 24 decks (CPU)', ours: slowest, target: 'baseline', pass: true });
      continue;
    }
    rows.push({ name: `${n} workers: slowest shard (CPU)`, baseline: '1 worker', baselineMs: rows[0].ours, ours: slowest, ratio: slowest / rows[0].ours, target: `≈ 1/${n}×`, pass: true });
    rows.push({ name: `${n} workers: slowest shard / fastest (CPU)`, baseline: 'fastest shard', baselineMs: fastest, ours: slowest, ratio: slowest / fastest, target: `≤ ${MAX_RATIO}×`, pass: slowest / fastest <= MAX_RATIO });
  }
  return { rows, notes };
}
