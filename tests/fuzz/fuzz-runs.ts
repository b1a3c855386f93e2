/**
 * How many fuzz runs each seed file makes. By default a short seeded run, so a
 * local `npm test` stays quick; the long run (5,000 in all) when CI=true, or any
 * total with DECKPRESS_FUZZ_RUNS=<n>. Split evenly over the seed files, which
 * vitest runs on both cores.
 */
const SEED_FILES = 2;
const SHORT = 200;
const LONG = 5000;

export function fuzzRuns(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.DECKPRESS_FUZZ_RUNS);
  const total = Number.isInteger(asked) && asked > 0 ? asked : env.CI === 'true' ? LONG : SHORT;
  return Math.ceil(total / SEED_FILES);
}
