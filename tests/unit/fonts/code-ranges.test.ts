import { describe, expect, it } from 'vitest';
import { covers, mergeRanges, parseFcCharset, parseUnicodeRanges } from '../../../src/fonts/code-ranges.js';
import { fontCoverage, sampleCharacters } from '../../../src/fonts/font-coverage.js';

describe('code ranges', () => {
  it("reads fontconfig's charset", () => {
    expect(parseFcCharset('20-7e a0-17f 192\n4e00-9fff')).toEqual([[0x20, 0x7e], [0xa0, 0x17f], [0x192, 0x192], [0x4e00, 0x9fff]]);
  });

  it('reads CSS unicode-range, with wildcards', () => {
    const css = '@font-face { unicode-range: U+0000-00FF, U+0131, U+4??; } @font-face{unicode-range:U+1F600-1F64F}';
    expect(parseUnicodeRanges(css)).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff], [0x1f600, 0x1f64f]]);
  });

  it('merges overlapping and adjacent ranges and finds code points', () => {
    const ranges = mergeRanges([[10, 20], [21, 30], [5, 12], [40, 40]]);
    expect(ranges).toEqual([[5, 30], [40, 40]]);
    expect([4, 5, 30, 31, 40, 41].map((cp) => covers(ranges, cp))).toEqual([false, true, true, false, true, false]);
  });
});

describe('fontCoverage', () => {
  const latin = mergeRanges([[0x20, 0x17f]]);

  it('names the CJK font package for a zh-Hant deck without CJK fonts', () => {
    const chars = new Set([...'AI 人工智慧'].map((c) => c.codePointAt(0)!));
    const coverage = fontCoverage(chars, latin);
    expect(coverage.missing.map((cp) => String.fromCodePoint(cp)).join('')).toBe('人工慧智');
    expect(coverage.install).toContain('apt-get install fonts-noto-cjk');
  });

  it('suggests emoji and other scripts separately', () => {
    const coverage = fontCoverage(new Set([0x1f680, 0x0627]), latin);
    expect(coverage.install).toContain('apt-get install fonts-noto-color-emoji fonts-noto-core');
  });

  it('is quiet when every character has a font', () => {
    expect(fontCoverage(new Set([0x41, 0xe9]), latin)).toEqual({ checked: 2, missing: [] });
  });

  it('shows a short sample', () => {
    expect(sampleCharacters([0x4eba, 0x5de5, 0x667a], 2)).toBe('人 U+4EBA, 工 U+5DE5 and 1 more');
  });
});
