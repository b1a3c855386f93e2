/** JSON 1e999 (and YAML .inf) is an error at its position, never "Infinity" on a slide. */
import { describe, expect, it } from 'vitest';
import { parseStructuredData } from '../../../src/load/parse-structured-data.js';

describe('non-finite numbers in data files', () => {
  it('JSON 1e999 is DataParseError at the number', () => {
    const { diagnostics, table } = parseStructuredData('[\n  { "year": 2024, "usd": 1e999 }\n]\n', 'r', 'data/r.json', true);
    expect(table).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'DataParseError', severity: 'error', line: 2, column: 26 }]);
    expect(diagnostics[0]!.message).toContain('1e999');
  });

  it('YAML -.inf is DataParseError at the value', () => {
    const { diagnostics } = parseStructuredData('big: -.inf\n', 'f', 'data/f.yaml', false);
    expect(diagnostics).toMatchObject([{ code: 'DataParseError', line: 1, column: 6 }]);
  });
});
