/** decodeText: user files are UTF-8 text; binary and other encodings are diagnostics with a position. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/load/read-text.js';

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFtitle: 人工智慧'), 'd.yaml')).toEqual({ text: 'title: 人工智慧', diagnostics: [] });
  });

  it('reports binary content', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x00, 0x47]), 'a.md').diagnostics.map((d) => d.code)).toEqual(['BinaryFile']);
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('ok\nab'), 0xe9, 0x0a]);
    const [d] = decodeText(bytes, 'a.md').diagnostics;
    expect(d).toMatchObject({ code: 'NotUtf8', file: 'a.md', line: 2, column: 3 });
    const first = decodeText(Uint8Array.from([0xe9, 0x41]), 'b.md').diagnostics[0];
    expect(first).toMatchObject({ line: 1, column: 1 });
    const afterWide = decodeText(Uint8Array.from([...new TextEncoder().encode('智'), 0x80]), 'c.md').diagnostics[0];
    expect(afterWide).toMatchObject({ line: 1, column: 2 });
  });
});
