/**
 * What a theme folder's own stylesheets say about fonts: the `unicode-range`s of
 * the fonts they ship with every deck, and the text they draw themselves
 * (`content: "→ "`), which needs a font like the slides' text. Every build reads
 * this, so it lives apart from doctor's font check (font-coverage.ts), which runs
 * fontconfig through child_process.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeRanges, parseUnicodeRanges, type CodeRanges } from './code-ranges.js';

export interface ThemeStylesheetFonts {
  fontRanges: CodeRanges;
  fontText: string;
}

export async function themeStylesheetFonts(themeDir: string): Promise<ThemeStylesheetFonts> {
  const names = await readdir(themeDir, { recursive: true }).catch(() => [] as string[]);
  const sheets = await Promise.all(names.filter((name) => /\.css$/i.test(name)).sort().map((name) => readFile(join(themeDir, name), 'utf8').catch(() => '')));
  let fontText = '';
  for (const css of sheets) {
    for (const m of css.matchAll(/content\s*:\s*(["'])((?:\\.|(?!\1).)*)\1/g)) {
      fontText += m[2]!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    }
  }
  return { fontRanges: mergeRanges(sheets.flatMap(parseUnicodeRanges)), fontText };
}
