/**
 * The PNG fallback of a chart picture is drawn by resvg with system fonts. A CJK
 * deck's chart names the theme's font list; resvg must draw its text in the deck's
 * sans face (the system's Noto Sans CJK, which fonts-noto-cjk installs here), not
 * in the serif face it found by itself before.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartThemeFrom } from '../../../src/charts/chart-theme.js';
import { rasterizeSvg, resvgFonts } from '../../../src/pptx/rasterize-svg.js';

const TEXT = '2024 年諾貝爾科學獎 AI 研究 Hopfield';
const svgIn = (family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40"><text x="4" y="28" font-size="22" font-family="${family}">${TEXT}</text></svg>`;
/** The font list the report theme's charts write (its chart-theme.json). */
const THEME_FAMILY = chartThemeFrom(undefined).fontFamily.replace(/"/g, "'");

/** The same text drawn at the same (doubled) size with only `family` loaded and named. */
const drawnIn = (family: string) => PNG.sync.read(Buffer.from(new Resvg(svgIn(family), { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: family }, logLevel: 'off' }).render().asPng()));
const differing = (a: PNG, b: PNG) => pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });

describe('rasterizeSvg', () => {
  it('names the deck face as resvg’s default and sans-serif family, over the system fonts', () => {
    expect(resvgFonts('Noto Sans CJK TC')).toEqual({ loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK TC', sansSerifFamily: 'Noto Sans CJK TC' });
  });

  it('draws a zh chart’s text (the theme’s font list) in the deck’s sans face, not a serif one', () => {
    expect(THEME_FAMILY).toContain("'Noto Sans CJK TC'");
    const png = PNG.sync.read(Buffer.from(rasterizeSvg(svgIn(THEME_FAMILY), 'Noto Sans CJK TC')));
    const sans = drawnIn('Noto Sans CJK TC');
    const serif = drawnIn('Noto Serif CJK TC');
    expect([png.width, png.height]).toEqual([sans.width, sans.height]);
    // The serif face really draws this text differently, so a match with the sans drawing says which face was used.
    expect(differing(sans, serif)).toBeGreaterThan(500);
    expect(differing(png, sans)).toBe(0);
  });

  it('draws the same SVG once per face', () => {
    const svg = svgIn(THEME_FAMILY);
    expect(rasterizeSvg(svg, 'Noto Sans CJK TC')).toBe(rasterizeSvg(svg, 'Noto Sans CJK TC'));
    expect(Buffer.from(rasterizeSvg(svg, 'Noto Serif CJK TC')).equals(Buffer.from(rasterizeSvg(svg, 'Noto Sans CJK TC')))).toBe(false);
  });
});
