/** parseYaml: values, and positions of keys, values and errors in the file the block sits in. */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/load/parse-yaml.js';

const file = 'sections/01-a.md';

describe('parseYaml', () => {
  it('returns the value and locates keys and values, offset by the block origin', () => {
    const parsed = parseYaml('id: x\nlayout: splt\nimage:\n  src: a.png\nstats:\n  - { value: 1, label: one }', { file, line: 7, column: 1 });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value).toEqual({ id: 'x', layout: 'splt', image: { src: 'a.png' }, stats: [{ value: 1, label: 'one' }] });
    expect(parsed.locate(['layout'])).toEqual({ file, line: 8, column: 9 });
    expect(parsed.locate(['layout'], 'key')).toEqual({ file, line: 8, column: 1 });
    expect(parsed.locate(['image', 'src'])).toEqual({ file, line: 10, column: 8 });
    expect(parsed.locate(['stats', 0, 'label'])).toEqual({ file, line: 12, column: 24 });
  });

  it('falls back to the nearest written ancestor for a path that is not there', () => {
    const parsed = parseYaml('image:\n  alt: x', { file, line: 3, column: 1 });
    expect(parsed.locate(['image', 'src'])).toEqual({ file, line: 4, column: 3 });
    expect(parsed.locate(['nothing'])).toEqual({ file, line: 3, column: 1 });
  });

  it('places a block scalar (| or >) at its first written character, with the indent of its lines', () => {
    const parsed = parseYaml('id: x\nnotes: |-\n    Speaker {{ a }}\n    second line\nquote: >\n  folded', { file, line: 3, column: 1 });
    expect(parsed.locate(['notes'])).toEqual({ file, line: 5, column: 5, indent: 4 });
    expect(parsed.locate(['quote'])).toEqual({ file, line: 8, column: 3, indent: 2 });
  });

  it('offsets columns on the first line only by the origin column', () => {
    const parsed = parseYaml('a: 1\nb: 2', { file, line: 5, column: 4 });
    expect(parsed.locate(['a'])).toEqual({ file, line: 5, column: 7 });
    expect(parsed.locate(['b'])).toEqual({ file, line: 6, column: 4 });
  });

  it('reports syntax errors at their file line, with no value', () => {
    const parsed = parseYaml('id: a\nquote: Bubbles: they pop', { file, line: 20, column: 1 });
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'YamlSyntax', line: 21, column: 8 }]);
  });

  it('points an unclosed quote or bracket at where it opens, not at the end of input', () => {
    const quote = parseYaml('title: T\nsubtitle: "open\nauthors: [A]\n', { file, line: 1, column: 1 });
    expect(quote.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 11]]);
    const flow = parseYaml('title: T\nnav: [Intro', { file, line: 2, column: 1 });
    expect(flow.diagnostics.map((d) => [d.line, d.column])).toEqual([[3, 6]]);
  });

  it('reports a duplicate key', () => {
    const parsed = parseYaml('id: a\nid: b', { file, line: 1, column: 1 });
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['YamlSyntax', 2]]);
  });

  it('gives the same positions for CRLF text', () => {
    const parsed = parseYaml('id: x\r\nlayout: splt\r\n', { file, line: 7, column: 1 });
    expect(parsed.locate(['layout'])).toEqual({ file, line: 8, column: 9 });
    expect(parsed.value).toEqual({ id: 'x', layout: 'splt' });
  });
});
