/** decodeText: user files are UTF-8 text; binary and other encodings are diagnostics with a position. frameSource: the text a code frame quotes. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../../../src/load/read-text.js';
import { frameSource } from '../../../src/load/frame-source.js';

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

  it('reports UTF-16 text as such, with or without its byte order mark, not as binary', () => {
    const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    const cases = [
      Uint8Array.from([0xff, 0xfe, ...utf16le('year,usd\n')]),
      Uint8Array.from([0xfe, 0xff, ...[...'year'].flatMap((c) => [0, c.charCodeAt(0)])]),
      utf16le('year,usd\n2024,1\n'),
    ];
    for (const bytes of cases) {
      const { text, diagnostics } = decodeText(bytes, 'data/r.csv');
      expect(text).toBeUndefined();
      expect(diagnostics).toMatchObject([{ code: 'NotUtf8', line: 1, column: 1, message: 'This file is UTF-16 text, not UTF-8.' }]);
    }
    for (const bytes of [Uint8Array.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61])]) {
      const { text, diagnostics } = decodeText(bytes, 'data/r.csv');
      expect(text).toBeUndefined();
      expect(diagnostics).toMatchObject([{ code: 'NotUtf8', line: 1, column: 1, message: 'This file is UTF-32 text, not UTF-8.' }]);
    }
  });
});

describe('frameSource', () => {
  it('quotes text, with U+FFFD where it is not UTF-8, and nothing for binary or UTF-16 files or a file gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deckpress-frame-'));
    await writeFile(join(dir, 'latin1.md'), Uint8Array.from([0x61, 0xe9, 0x0a]));
    await writeFile(join(dir, 'utf16.csv'), Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect(frameSource(join(dir, 'latin1.md'))).toBe('a\uFFFD\n');
    expect(frameSource(join(dir, 'utf16.csv'))).toBeUndefined();
    expect(frameSource(join(dir, 'gone.md'))).toBeUndefined();
    await rm(dir, { recursive: true, force: true });
  });
});
