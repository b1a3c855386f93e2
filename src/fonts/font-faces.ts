/**
 * The `@font-face` rules of a font package's stylesheet (an @fontsource `400.css`):
 * one rule per unicode-range subset, each naming its own woff2 file. A CJK family
 * is split into about a hundred such subsets, so a deck ships only those its text uses.
 */
import { covers, mergeRanges, parseUnicodeRanges, type CodeRanges } from './code-ranges.js';

export interface FontFace {
  /** The rule's woff2 file name, as the package's files/ folder has it. */
  file: string;
  /** Code points the file has glyphs for (its unicode-range). */
  ranges: CodeRanges;
  /** The rule as written to the deck's fonts.css: its url() points beside the stylesheet, woff fallbacks dropped. */
  css: string;
}

/** Every @font-face rule of `css` that names a woff2 file. */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const woff2 = /url\(\s*['"]?([^'")]*?([^/'")]+\.woff2))['"]?\s*\)\s*format\(\s*['"]?woff2['"]?\s*\)/.exec(rule);
    if (!woff2) continue;
    const file = woff2[2]!;
    // Every face of the deck blocks text until it loads, as the theme's own fonts do: no fallback flash, no reflow.
    const src = `src: url("${file}") format("woff2");`;
    const body = rule.replace(/src\s*:[^;]*;/, src).replace(/font-display\s*:[^;]*;/, 'font-display: block;');
    faces.push({ file, ranges: mergeRanges(parseUnicodeRanges(rule)), css: body.replace(/\s*\n\s*/g, ' ') });
  }
  return faces;
}

/** The faces with a glyph for at least one of `chars`, in stylesheet order. */
export function facesUsed(faces: readonly FontFace[], chars: Iterable<number>): FontFace[] {
  const wanted = [...chars];
  return faces.filter((face) => wanted.some((cp) => covers(face.ranges, cp)));
}
