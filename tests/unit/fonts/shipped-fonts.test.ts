import { describe, expect, it } from 'vitest';
import { parseFontFaces } from '../../../src/fonts/font-faces.js';
import { fontPackageFor, shippedFonts, type SubsetFontPackage } from '../../../src/fonts/shipped-fonts.js';

/* Two subsets in the shape @fontsource writes them (400.css). */
const CSS = `/* noto-sans-tc-[64]-400-normal */
@font-face {
  font-family: 'Noto Sans TC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-tc-64-400-normal.woff2) format('woff2'), url(./files/noto-sans-tc-64-400-normal.woff) format('woff');
  unicode-range: U+4e00-4e10,U+2192;
}
/* noto-sans-tc-latin-400-normal */
@font-face {
  font-family: 'Noto Sans TC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-tc-latin-400-normal.woff2) format('woff2'), url(./files/noto-sans-tc-latin-400-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+2000-206F;
}`;

const tc: SubsetFontPackage = { package: '@fontsource/noto-sans-tc', lang: ['zh-Hant', 'zh-TW'], filesDir: '/pkg/tc/files', faces: () => parseFontFaces(CSS) };
const sc: SubsetFontPackage = { package: '@fontsource/noto-sans-sc', lang: ['zh-Hans', 'zh'], faces: () => [] };
const LATIN: [number, number][] = [[0, 0xff], [0x2000, 0x206f]];

describe('font package stylesheets', () => {
  it('reads each @font-face: its woff2 file, its ranges, and a rule pointing beside fonts.css', () => {
    const [face] = parseFontFaces(CSS);
    expect(face!.file).toBe('noto-sans-tc-64-400-normal.woff2');
    expect(face!.ranges).toEqual([[0x2192, 0x2192], [0x4e00, 0x4e10]]);
    expect(face!.css).toContain('src: url("noto-sans-tc-64-400-normal.woff2") format("woff2");');
    expect(face!.css).toContain('font-display: block;');
    expect(face!.css).not.toContain('.woff)');
  });
});

describe('the fonts a deck ships', () => {
  it('ships only the subsets its text uses, leaving what the fixed Latin fonts cover', () => {
    const fonts = shippedFonts([tc], 'zh-Hant', LATIN, ['<p>一 “quoted”</p>']);
    expect(fonts.files).toEqual(['/pkg/tc/files/noto-sans-tc-64-400-normal.woff2']);
    expect(fonts.css).toContain("font-family: 'Noto Sans TC'");
    expect(fonts.css).not.toContain('latin');
  });

  it('counts text the theme draws itself (CSS content) like the pages', () => {
    expect(shippedFonts([tc], 'zh-Hant', LATIN, ['<p>plain</p>']).files).toEqual([]);
    expect(shippedFonts([tc], 'zh-Hant', LATIN, ['<p>plain</p>', '• → ']).files).toHaveLength(1);
  });

  it('ships nothing for a language no package serves, or whose package is not installed', () => {
    expect(shippedFonts([tc], 'en', LATIN, ['一'])).toEqual({ files: [], css: '' });
    expect(shippedFonts([tc, sc], 'zh-Hans', LATIN, ['一'])).toEqual({ files: [], css: '' });
  });

  it('takes the first package whose lang matches, so zh-Hant is not served by zh', () => {
    expect(fontPackageFor([tc, sc], 'zh-Hant-TW')?.package).toBe('@fontsource/noto-sans-tc');
    expect(fontPackageFor([tc, sc], 'zh')?.package).toBe('@fontsource/noto-sans-sc');
    expect(fontPackageFor([tc, sc], 'ko')).toBeUndefined();
    expect(fontPackageFor([tc], 'zh-TWX')).toBeUndefined();
    expect(fontPackageFor([sc, tc], 'zh-Hant')?.package).toBe('@fontsource/noto-sans-sc');
  });
});
