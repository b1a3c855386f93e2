import { defineConfig } from 'vitest/config';

// Four projects, run together by `npm test` (and CI) or one at a time with
// `npx vitest run --project <name>`:
//   unit  src/ only, in memory (fixture files read, nothing spawned): seconds
//   cli   the built CLI (bin/ over lib/) as a child process, no browser
//   e2e   real Chromium: PDF export, dev server, lint --render
//   fuzz  lint on mutated decks: a short seeded run, the long one under CI=true
//         or DECKPRESS_FUZZ_RUNS=<total runs> (tests/fuzz/fuzz-runs.ts)
// cli and e2e rebuild lib/ first when src/ or templates/ changed since the last
// build (tests/helpers/build-once.ts), so they never test stale code.
const builtCli = { globalSetup: ['tests/helpers/build-once.ts'] };

export default defineConfig({
  test: {
    // e2e tests share one machine's two cores with real Chromium instances.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    // The plain `N passed, N failed` line closes the run (tests/reporters/closing-line.ts).
    reporters: ['default', './tests/reporters/closing-line.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], ...builtCli } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...builtCli } },
      { extends: true, test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'] } },
    ],
  },
});
