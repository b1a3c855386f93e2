/** splitSection: section front matter, slides with their own front matter, and the lines each starts on. */
import { describe, expect, it } from 'vitest';
import { splitSection } from '../../../src/load/split-section.js';

const lines = (...l: string[]) => l.join('\n');

describe('splitSection', () => {
  it('reads the section front matter and each slide with its front matter and line numbers', () => {
    const split = splitSection(lines(
      '---', 'title: Revenue', 'nav: Money', '---', // 1-4
      '', // 5
      '---', 'id: first', 'layout: split', '---', // 6-9
      '', '# First', '', // 10-12
      '---', '', '# Second without front matter', // 13-15
    ));
    expect(split.frontMatter).toEqual({ text: 'title: Revenue\nnav: Money', line: 2 });
    expect(split.unclosedAt).toBeUndefined();
    expect(split.slides).toEqual([
      { line: 6, frontMatter: { text: 'id: first\nlayout: split', line: 7 }, body: { text: '\n# First\n', line: 10 } },
      { line: 13, frontMatter: undefined, body: { text: '\n# Second without front matter', line: 14 } },
    ]);
  });

  it('treats a file without front matter as one slide starting at line 1', () => {
    const split = splitSection('# Only a slide\n\n- point\n');
    expect(split.frontMatter).toBeUndefined();
    expect(split.slides).toEqual([{ line: 1, frontMatter: undefined, body: { text: '# Only a slide\n\n- point\n', line: 1 } }]);
  });

  it('handles CRLF line endings with the same blocks and lines as LF', () => {
    const lf = lines('---', 'title: T', '---', '', '---', 'id: a', '---', '', '# A', '', '---', 'id: b', '---', '', '# B', '');
    const crlf = splitSection(lf.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(splitSection(lf));
    expect(crlf.slides.map((s) => [s.line, s.frontMatter?.text])).toEqual([[5, 'id: a'], [11, 'id: b']]);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  it('ignores --- inside fenced code', () => {
    const split = splitSection(lines('---', 'title: T', '---', '', '# Code', '', '```yaml', '', '---', 'key: value', '```', '', '~~~', '', '---', '~~~', '', '---', '', '# Next'));
    expect(split.slides).toHaveLength(2);
    expect(split.slides[0]!.body.text).toContain('---\nkey: value');
    expect(split.slides[1]!.line).toBe(18);
  });

  it('does not break at a --- that follows a non-blank line', () => {
    const split = splitSection(lines('---', 'title: T', '---', '', '# Setext heading', 'Heading text', '---', '', 'more', '', '---', '', '# Next'));
    expect(split.slides.map((s) => s.line)).toEqual([4, 11]);
    expect(split.slides[0]!.body.text).toContain('Heading text\n---\n');
  });

  it('reports the line of a front matter block that is never closed', () => {
    expect(splitSection(lines('---', 'title: T', '---', '', '---', 'id: a', '', '# A')).unclosedAt).toBe(5);
    const section = splitSection(lines('---', 'title: T', '', '# nothing closes'));
    expect(section.unclosedAt).toBe(1);
    expect(section.frontMatter).toBeUndefined();
  });

  it('keeps a slide that has front matter but no body, and drops empty ones', () => {
    const split = splitSection(lines('---', 'title: T', '---', '', '---', 'layout: closing', '---', '', '---', '', ''));
    expect(split.slides).toHaveLength(1);
    expect(split.slides[0]!.frontMatter?.text).toBe('layout: closing');
  });
});
