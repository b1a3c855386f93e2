/**
 * An SVG drawn to PNG without a browser (resvg), for the picture fallback older
 * PowerPoint versions and some importers show. Twice the SVG's own size, so the
 * fallback stays sharp on a full-width figure; system fonts draw its text (resvg
 * finds a face with each glyph: naming a CJK default face costs a second a drawing).
 */
import { Resvg } from '@resvg/resvg-js';

const SCALE = 2;
/** A deck repeats its figures (a logo, the same chart in each variant): each distinct SVG is drawn once per run. */
const drawn = new Map<string, Uint8Array>();

export function rasterizeSvg(svg: string): Uint8Array {
  let png = drawn.get(svg);
  if (!png) {
    const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE }, font: { loadSystemFonts: true }, logLevel: 'off' });
    png = resvg.render().asPng();
    drawn.set(svg, png);
  }
  return png;
}
