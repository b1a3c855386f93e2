/**
 * Every tests/fixtures/broken-* deck compiles to exactly the diagnostics in its
 * expected.json: code, file, line, column and severity (paths as the CLI prints
 * them from the repo root).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../../src/diagnostics/diagnostic.js';
import { compileDeck } from '../../../src/pipeline.js';
import { REPO_ROOT } from '../../helpers/repo-root.js';

const FIXTURES = 'tests/fixtures';
const broken = readdirSync(join(REPO_ROOT, FIXTURES)).filter((d) => d.startsWith('broken-')).sort();

type Expected = { code: string; file: string; line: number; column: number; severity: string };

describe('broken fixture decks', () => {
  it('run from the repo root, so paths match what the CLI prints', () => {
    expect(process.cwd()).toBe(REPO_ROOT);
  });

  it('cover every case issue 2 names', () => {
    for (const name of ['yaml-deck', 'yaml-section', 'yaml-slide', 'unknown-layout', 'unknown-key', 'missing-image', 'duplicate-id', 'invalid-value', 'missing-title', 'unknown-theme', 'no-sections', 'unclosed-front-matter']) {
      expect(broken).toContain(`broken-${name}`);
    }
  });

  it.each(broken)('%s gives exactly the diagnostics in expected.json', async (name) => {
    const dir = `${FIXTURES}/${name}`;
    const expected = JSON.parse(readFileSync(join(REPO_ROOT, dir, 'expected.json'), 'utf8')) as Expected[];
    expect(expected.length).toBeGreaterThan(0);
    const compiled = await compileDeck(dir);
    const actual = sortDiagnostics(compiled.diagnostics).map(({ code, file, line, column, severity }) => ({ code, file, line, column, severity }));
    expect(actual).toEqual(sortDiagnostics(expected as never));
    // A deck with an error compiles to nothing that could be written.
    if (expected.some((d) => d.severity === 'error')) expect(compiled.targets).toEqual([]);
    else expect(compiled.targets.length).toBeGreaterThan(0);
  });
});
