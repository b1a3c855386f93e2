/** Messages and code frames never pass a file's terminal escapes through, and a huge line prints a short frame. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';

describe('formatDiagnostic with hostile files', () => {
  it('shows escape sequences from the file and message as \\x.. text', () => {
    const source = 'title: ok\nlayout: \u001b]0;pwned\u0007\u001b[2J\u009bsplt\n';
    const d = diagnose('UnknownLayout', { file: 'deck.md', line: 2, column: 9 }, { layout: '\u001b[2Jsplt', known: 'split' });
    const out = formatDiagnostic(d, { source: () => source });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('\\x1b]0;pwned\\x07');
  });

  it('prints a window around the column of a 100k-character line', () => {
    const long = `${'a'.repeat(50_000)}X${'b'.repeat(50_000)}`;
    const d = diagnose('YamlSyntax', { file: 'data.yaml', line: 1, column: 50_001 }, { detail: 'here' });
    const out = formatDiagnostic(d, { source: () => long });
    expect(out.length).toBeLessThan(1_000);
    const lines = out.split('\n');
    const frame = lines.find((l) => l.startsWith('>'))!;
    const caret = lines[lines.indexOf(frame) + 1]!;
    expect(frame[caret.indexOf('^')]).toBe('X');
  });
});
