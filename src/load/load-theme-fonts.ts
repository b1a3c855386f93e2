/**
 * A theme's `fonts:` manifest (theme.yaml), resolved against the installed npm packages:
 *
 *   - package: "@fontsource/inter"           fixed files, shipped with every deck
 *     files: [inter-latin-400-normal.woff2]
 *   - package: "@fontsource/noto-sans-tc"    per language, split in unicode-range subsets:
 *     version: 5.3.0                          a deck ships only the subsets its text uses
 *     lang: [zh-Hant, zh-TW, zh-HK]
 *     subsets: [400.css, 700.css]
 *
 * A per-language package is optional (CJK families are large): when it is not
 * installed the theme still loads, and a deck in that language is told how to get it.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CodeRanges } from '../fonts/code-ranges.js';
import { themeStylesheetFonts } from '../fonts/theme-stylesheets.js';
import { parseFontFaces, type FontFace } from '../fonts/font-faces.js';
import type { SubsetFontPackage } from '../fonts/shipped-fonts.js';

export interface FontEntry {
  package: string;
  files?: string[];
  version?: string;
  lang?: string[];
  subsets?: string[];
}

export interface ThemeFonts {
  fonts: string[];
  fontRanges: CodeRanges;
  /** Text the theme's CSS draws (`content:`), shipped fonts must cover it too. */
  fontText: string;
  subsetFonts: SubsetFontPackage[];
}

export async function loadThemeFonts(entries: readonly FontEntry[], themeDir: string): Promise<ThemeFonts> {
  const found: ThemeFonts = { fonts: [], ...(await themeStylesheetFonts(themeDir)), subsetFonts: [] };
  for (const entry of entries) {
    const root = packageRoot(entry.package, themeDir);
    if (entry.subsets) {
      const pkg: SubsetFontPackage = { package: entry.package, lang: entry.lang ?? [], faces: () => [], ...(entry.version ? { version: entry.version } : {}) };
      if (root) {
        const sheets = await Promise.all(entry.subsets.map((sheet) => readFile(join(root, sheet), 'utf8')));
        // Parsed on first use: a deck uses one language's package at most, and parsing
        // all of them (hundreds of rules each) was a tenth of a short build's time.
        let faces: FontFace[] | undefined;
        Object.assign(pkg, { filesDir: join(root, 'files'), faces: () => (faces ??= sheets.flatMap(parseFontFaces)) });
      }
      found.subsetFonts.push(pkg);
    }
    for (const file of entry.files ?? []) {
      // A fixed file is part of the theme: a missing package or file fails the build with the path.
      const path = join(root ?? join(themeDir, 'node_modules', entry.package), 'files', file);
      await stat(path);
      found.fonts.push(path);
    }
  }
  return found;
}

/** The package's folder, looked up from the theme (a project's own install), then from deckpress. */
function packageRoot(name: string, themeDir: string): string | undefined {
  for (const from of [join(themeDir, 'theme.yaml'), import.meta.url]) {
    try {
      return dirname(createRequire(from).resolve(`${name}/package.json`));
    } catch {
      // Not installed where this resolver looks.
    }
  }
  return undefined;
}
