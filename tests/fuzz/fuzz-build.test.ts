/**
 * The fuzzer (scripts/fuzz.js) beyond lint: each mutated deck is linted and then
 * built and written to a temporary output folder, Vega-Lite specs included (the
 * seed-vega-deck's spec file is mutated like any JSON file). Besides the lint
 * fuzz's checks (no throw, every diagnostic a catalogue code at a real position):
 *   - a deck lint passes builds, and a deck lint stops does not (one verdict);
 *   - the build writes its index.html and print.html, or nothing at all.
 * A fifth of the lint fuzz's runs: a build costs more than a lint.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { catalogue } from '../../src/diagnostics/catalogue.js';
import { DiagnosticsError, hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { lintDeck } from '../../src/lint/lint-deck.js';
import { buildDecks } from '../../src/pipeline.js';
import { fuzzRuns } from './fuzz-runs.js';
// @ts-expect-error plain JS module shared with the command-line fuzzer
import { fuzz } from '../../scripts/fuzz.js';

const SEEDS = ['tests/fuzz/seed-vega-deck', 'tests/fuzz/seed-deck', 'tests/fixtures/basic-layouts'];

async function lintThenBuild(outDir: string, dir: string): Promise<{ diagnostics: Diagnostic[] }> {
  const linted = await lintDeck(dir);
  const lintStops = hasErrors(linted.diagnostics);
  const out = join(outDir, basename(dir));
  try {
    await buildDecks({ deckDirs: [dir], outDir });
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    if (!lintStops) throw new Error(`build stopped on what lint passed: ${error.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`).join(', ')}`);
    return linted;
  }
  if (lintStops) throw new Error(`build passed what lint stopped: ${linted.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).join(', ')}`);
  for (const file of ['index.html', 'print.html']) if (!existsSync(join(out, file))) throw new Error(`the build wrote no ${file}`);
  return linted;
}

const runs = Math.max(20, Math.round(fuzzRuns() / 5));

it(`${runs} mutated decks lint and build to the same verdict, with positioned diagnostics and whole output`, async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'deckpress-fuzz-out-'));
  try {
    const failures = (await fuzz({ seed: 7, runs, decks: SEEDS, lint: (dir: string) => lintThenBuild(outDir, dir), catalogue })) as { run: number; steps: string[]; problem: string }[];
    expect(failures.map((f) => `run ${f.run} [${f.steps.join(', ')}]: ${f.problem.split('\n')[0]}`)).toEqual([]);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}, Math.max(180_000, runs * 1500));
