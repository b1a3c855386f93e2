/** How many fuzz runs a test run makes: short by default, 5,000 in all under CI, or what DECKPRESS_FUZZ_RUNS asks. */
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from './fuzz-runs.js';

describe('fuzz runs per seed file (two files)', () => {
  it('is a short run by default', () => {
    expect(fuzzRuns({})).toBe(100);
  });

  it('is the long run, 5,000 in all, under CI=true', () => {
    expect(fuzzRuns({ CI: 'true' }) * 2).toBe(5000);
  });

  it('is what DECKPRESS_FUZZ_RUNS asks for in all, over CI', () => {
    expect(fuzzRuns({ CI: 'true', DECKPRESS_FUZZ_RUNS: '300' })).toBe(150);
    expect(fuzzRuns({ DECKPRESS_FUZZ_RUNS: 'lots' })).toBe(100);
  });
});
