/**
 * An SVG drawn to PNG without a browser (resvg), for the picture fallback older
 * PowerPoint versions and some importers show. Twice the SVG's own size, so the
 * fallback stays sharp on a full-width figure. System fonts draw its text: resvg
 * reads TrueType/OpenType only, not the theme's woff2 (or woff) files.
 *
 * `face` is the deck's own face (deck-font.ts: the East Asian face of a CJK deck,
 * else the Latin one), named as resvg's default and sans-serif family. resvg 2.6
 * finds no family in the charts' list (`Inter, system-ui, …, 'Noto Sans CJK TC', …`;
 * a quoted name after a comma is not matched) and fell back to its default face,
 * then to the first system face with the glyph: for CJK text that was Noto *Serif*
 * CJK, Latin words included. With the deck's face as the default, a zh deck's chart
 * is drawn in Noto Sans CJK as its slides are; a face the system lacks (Inter) changes nothing.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const SCALE = 2;
/** A deck repeats its figures (a logo, the same chart in each variant): each distinct SVG is drawn once per run and face. */
const drawn = new Map<string, Uint8Array>();

export function rasterizeSvg(svg: string, face: string): Uint8Array {
  const key = `${face}\n${svg}`;
  let png = drawn.get(key);
  if (!png) {
    png = new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE }, font: resvgFonts(face), logLevel: 'off' }).render().asPng();
    drawn.set(key, png);
  }
  return png;
}

/** What resvg is told about fonts: the system's, with the deck's face where the SVG's own list finds none. */
export function resvgFonts(face: string): NonNullable<ResvgRenderOptions['font']> {
  return { loadSystemFonts: true, defaultFontFamily: face, sansSerifFamily: face };
}
