/**
 * The CI part of the fuzz test: scripts/fuzz.js with a fixed seed, over src/.
 * Split in two files (two seeds) so vitest runs the halves on both cores; longer
 * runs: `node scripts/fuzz.js --seed N --runs M`.
 */
import { expect, it } from 'vitest';
import { catalogue } from '../../src/diagnostics/catalogue.js';
import { lintDeck } from '../../src/lint/lint-deck.js';
// @ts-expect-error plain JS module shared with the command-line fuzzer
import { fuzz } from '../../scripts/fuzz.js';

interface Failure {
  run: number;
  seed: number;
  steps: string[];
  problem: string;
}

export function fuzzLint(seed: number, runs: number): void {
  it(`${runs} mutations of the seed decks (seed ${seed}) give diagnostics with real positions, never a crash`, async () => {
    const failures = (await fuzz({ seed, runs, lint: lintDeck, catalogue })) as Failure[];
    const report = failures.map((f) => `seed ${f.seed} run ${f.run} [${f.steps.join(', ')}]: ${f.problem.split('\n')[0]}`);
    expect(report).toEqual([]);
  }, Math.max(180_000, runs * 400)); // the long CI run (tests/fuzz/fuzz-runs.ts) gets time in proportion
}
