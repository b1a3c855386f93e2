/**
 * Table-driven: every tests/fixtures/lint-<case>/ is a small deck with one thing
 * wrong (or, for lint-clean-*, nothing), and expected.json beside it lists exactly
 * the diagnostics lint must report: code, severity, file, line and column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDeck } from '../../../src/lint/lint-deck.js';

const FIXTURES = 'tests/fixtures';
const cases = readdirSync(FIXTURES).filter((name) => name.startsWith('lint-')).sort();

interface Expected {
  code: string;
  severity: string;
  file: string;
  line: number;
  column: number;
}

const key = (d: Expected) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

describe('lint fixtures', () => {
  it('cover at least 30 broken decks', () => {
    const broken = cases.filter((name) => (JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as unknown[]).length > 0);
    expect(broken.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected[];
    const { diagnostics } = await lintDeck(join(FIXTURES, name));
    expect(diagnostics.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
