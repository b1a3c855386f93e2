/** The printed form of a diagnostic (DESIGN §5): header line, code frame with > and ^, hint. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, summarize } from '../../../src/diagnostics/format.js';

const file = 'decks/x/sections/02-revenue.md';
const source = ['---', 'title: Revenue', '---', '', '---', 'layout: splt', '---'].join('\n');

describe('formatDiagnostic', () => {
  it('prints position, severity, code, message, a frame pointing at the column, and the hint', () => {
    const d = diagnose('UnknownLayout', { file, line: 6, column: 9 }, { layout: 'splt', suggestion: 'split', known: 'content, split' });
    expect(formatDiagnostic(d, { source: () => source })).toBe(
      [
        'decks/x/sections/02-revenue.md:6:9  error  UnknownLayout  Layout "splt" does not exist.',
        '  5 | ---',
        '> 6 | layout: splt',
        '    |         ^',
        'hint: Did you mean "split"? Layouts: content, split.',
      ].join('\n'),
    );
  });

  it('widens the gutter for two-digit lines and shows no line before line 1', () => {
    const long = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\r\n');
    const at10 = formatDiagnostic(diagnose('EmptyFile', { file, line: 10, column: 6 }, {}), { source: () => long });
    expect(at10.split('\n').slice(1, 4)).toEqual(['   9 | line 9', '> 10 | line 10', '     |      ^']);
    const at1 = formatDiagnostic(diagnose('EmptyFile', { file, line: 1, column: 1 }, {}), { source: () => long });
    expect(at1.split('\n').slice(1, 3)).toEqual(['> 1 | line 1', '    | ^']);
  });

  it('counts wide (CJK) characters as two columns when placing the caret', () => {
    const text = 'title: 人工智慧 x';
    const out = formatDiagnostic(diagnose('EmptyFile', { file, line: 1, column: 13 }, {}), { source: () => text });
    expect(out.split('\n')[2]).toBe(`    | ${' '.repeat(7 + 8 + 1)}^`);
  });

  it('prints no frame without the source or for a line past the end', () => {
    const d = diagnose('EmptyFile', { file, line: 40, column: 1 }, {});
    expect(formatDiagnostic(d).split('\n')).toHaveLength(2);
    expect(formatDiagnostic(d, { source: () => source }).split('\n')).toHaveLength(2);
  });

  it('colours only when asked', () => {
    const d = diagnose('EmptyFile', { file, line: 1, column: 1 }, {});
    expect(formatDiagnostic(d, { color: true })).toContain('\u001b[33mwarning\u001b[39m');
    expect(formatDiagnostic(d)).not.toContain('\u001b[');
  });
});

describe('summarize', () => {
  it('counts errors and warnings with plurals', () => {
    const e = diagnose('EmptyFile', { file, line: 1, column: 1 }, {});
    const err = diagnose('NoSections', { file, line: 1, column: 1 }, { dir: 'x' });
    expect(summarize([err, e, e])).toBe('1 error, 2 warnings');
    expect(summarize([])).toBe('0 errors, 0 warnings');
  });
});
