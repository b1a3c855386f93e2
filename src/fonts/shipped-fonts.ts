/**
 * Which font files a built deck carries: the theme's fixed files (Latin), plus the
 * unicode-range subsets of its language's font package (CJK) that the deck's text
 * uses. Pure: the theme's fonts were read by load/, the text is the rendered pages.
 */
import { join } from 'node:path';
import { covers, mergeRanges, type CodeRanges } from './code-ranges.js';
import { facesUsed, type FontFace } from './font-faces.js';

/** A theme.yaml `fonts:` entry with `subsets:`, as load/ found it. */
export interface SubsetFontPackage {
  package: string;
  /** The version to suggest installing. */
  version?: string;
  /** BCP 47 tags it serves (a deck's `lang` equal to one, or starting with one and "-"). */
  lang: string[];
  /** The package's files/ folder; undefined when the package is not installed. */
  filesDir?: string;
  /** Its stylesheets' @font-face rules, parsed on first call. */
  faces: () => FontFace[];
}

export interface ShippedFonts {
  /** Absolute paths of the subset files to copy to assets/fonts/. */
  files: string[];
  /** assets/fonts/fonts.css: the @font-face rules of those files. */
  css: string;
}

/** Glyphs that are not drawn need no font. */
const INVISIBLE = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u00ad\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]/u;

/** The first package that serves `lang` (manifest order decides between zh-Hant and zh). */
/** The command that installs a language's font package, at the version the theme names. */
export function fontInstallCommand(pkg: { package: string; version?: string }): string {
  return `npm install --save-exact ${pkg.version ? `${pkg.package}@${pkg.version}` : pkg.package}`;
}

export function fontPackageFor<T extends { lang: string[] }>(packages: readonly T[], lang: string): T | undefined {
  const tag = lang.toLowerCase();
  return packages.find((p) => p.lang.some((l) => tag === l.toLowerCase() || tag.startsWith(`${l.toLowerCase()}-`)));
}

/**
 * The subset files the deck's pages need: characters not already covered by the
 * theme's fixed fonts (`fixedRanges`, e.g. Inter's Latin), looked up in the
 * language's package. Markup is ASCII, which the fixed fonts cover.
 */
export function shippedFonts(packages: readonly SubsetFontPackage[], lang: string, fixedRanges: CodeRanges, pages: readonly string[]): ShippedFonts {
  const pkg = fontPackageFor(packages, lang);
  if (!pkg?.filesDir) return { files: [], css: '' };
  const { filesDir } = pkg;
  const chars = new Set<number>();
  for (const page of pages) {
    for (const ch of page) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0x7f && !chars.has(cp) && !INVISIBLE.test(ch) && !covers(fixedRanges, cp)) chars.add(cp);
    }
  }
  const faces = facesUsed(pkg.faces(), chars);
  return {
    files: faces.map((face) => join(filesDir, face.file)),
    css: faces.length ? `/* ${pkg.package}: the subsets this deck's text uses. */\n${faces.map((f) => f.css).join('\n')}\n` : '',
  };
}

/** Everything the fixed and subset fonts of a theme cover (doctor's check). */
export function subsetRanges(packages: readonly SubsetFontPackage[], lang: string): CodeRanges {
  return mergeRanges(fontPackageFor(packages, lang)?.faces().flatMap((f) => f.ranges) ?? []);
}
