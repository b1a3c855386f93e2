/** The rewriter's PDF syntax: strings and dates it writes, dictionaries it reads, the xref stream it encodes. */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDict, skipObject, writeDict } from '../../../src/pdf/rewrite/pdf-lexer.js';
import { pdfDate, pdfText } from '../../../src/pdf/rewrite/pdf-strings.js';
import { xrefStream, type XrefEntry } from '../../../src/pdf/rewrite/xref-stream.js';
import { UnsupportedPdf } from '../../../src/pdf/rewrite/unsupported.js';

describe('pdfText', () => {
  it('writes ASCII as a literal string, escaping ( ) and \\', () => {
    expect(pdfText('Revenue (2024)')).toBe('(Revenue \\(2024\\))');
    expect(pdfText('a\\b')).toBe('(a\\\\b)');
    expect(pdfText('')).toBe('()');
  });

  it('writes anything else as UTF-16BE hex with a byte-order mark', () => {
    expect(pdfText('人工智慧')).toBe('<FEFF4EBA5DE5667A6167>');
    expect(pdfText('OpenAI’s')).toBe('<FEFF004F00700065006E0041004920190073>');
    // An astral character is a surrogate pair.
    expect(pdfText('🫧')).toBe('<FEFFD83EDEE7>');
    // A control character is not printable ASCII either.
    expect(pdfText('a\nb')).toBe('<FEFF0061000A0062>');
  });
});

it('pdfDate writes UTC as D:YYYYMMDDHHmmSSZ', () => {
  expect(pdfDate(new Date('2024-10-15T09:08:07Z'))).toBe('(D:20241015090807Z)');
});

describe('readDict', () => {
  it('reads top-level entries with nested values, references, strings and comments', () => {
    const text = '<</Type /Page % comment ]\n/Kids [1 0 R 2 0 R]/Res <</F1 3 0 R/A [(>>) <3E3E>]>>\n/S (a\\)b (c) d)/N -1.5/B true>>';
    const dict = readDict(text);
    expect([...dict]).toEqual([
      ['Type', '/Page'],
      ['Kids', '[1 0 R 2 0 R]'],
      ['Res', '<</F1 3 0 R/A [(>>) <3E3E>]>>'],
      ['S', '(a\\)b (c) d)'],
      ['N', '-1.5'],
      ['B', 'true'],
    ]);
    expect(writeDict(dict)).toBe(
      '<</Type /Page\n/Kids [1 0 R 2 0 R]\n/Res <</F1 3 0 R/A [(>>) <3E3E>]>>\n/S (a\\)b (c) d)\n/N -1.5\n/B true>>',
    );
  });

  it('reads a reference as one value, and two numbers as two', () => {
    expect(skipObject('12 0 R>>', 0)).toBe(6);
    expect(skipObject('12 0]', 0)).toBe(2);
  });

  it('refuses what it cannot read', () => {
    expect(() => readDict('<</A [1 2>>')).toThrow(UnsupportedPdf);
    expect(() => readDict('<</A (open>>')).toThrow(UnsupportedPdf);
    expect(() => readDict('[1 2]')).toThrow(UnsupportedPdf);
  });
});

describe('xrefStream', () => {
  it('encodes the three entry types with the PNG Up predictor', () => {
    const entries: XrefEntry[] = [{ type: 0 }, { type: 1, offset: 15 }, { type: 1, offset: 70_000 }, { type: 2, stream: 2, index: 7 }];
    const { dict, data } = xrefStream(entries);
    expect(dict).toBe('/W [1 3 2]\n/Index [0 4]\n/DecodeParms <</Columns 6\n/Predictor 12>>');
    const raw = inflateSync(data);
    const rows: number[][] = [];
    for (let r = 0, prev = [0, 0, 0, 0, 0, 0]; r < 4; r++) {
      expect(raw[r * 7]).toBe(2);
      prev = prev.map((p, c) => (p + raw[r * 7 + 1 + c]!) & 0xff);
      rows.push(prev);
    }
    expect(rows).toEqual([
      [0, 0, 0, 0, 0xff, 0xff],
      [1, 0, 0, 15, 0, 0],
      [1, 1, 0x11, 0x70, 0, 0],
      [2, 0, 0, 2, 0, 7],
    ]);
  });
});
