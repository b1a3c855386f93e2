/**
 * `deckpress doctor`'s font check: does some font — one the theme ships (its
 * `unicode-range`s) or one installed on the system (fontconfig) — have every
 * character the deck's sources use? A zh-Hant deck on a machine without CJK
 * fonts prints empty boxes; this names the package that fixes it.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { covers, mergeRanges, parseFcCharset, type CodeRanges } from './code-ranges.js';

export interface FontCoverage {
  /** Distinct characters the deck's files use (whitespace and invisible joiners left out). */
  checked: number;
  /** Code points no font has, ascending. */
  missing: number[];
  /** What to install, when something is missing. */
  install?: string;
}

const SOURCE_FILE = /\.(md|ya?ml|csv|tsv|json|txt)$/i;
// Not drawn with a glyph: controls, whitespace, joiners, variation selectors, BOM.
const INVISIBLE = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u00ad\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]/u;

async function deckSourceFiles(deckDir: string): Promise<string[]> {
  return [join(deckDir, 'deck.yaml'), ...(await listSources(join(deckDir, 'sections'))), ...(await listSources(join(deckDir, 'data')))];
}

/** Characters in deck.yaml, sections/ and data/ (Markdown and YAML syntax is ASCII, which every font has). */
export async function deckCharacters(deckDir: string): Promise<Set<number>> {
  const chars = new Set<number>();
  for (const file of await deckSourceFiles(deckDir)) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const ch of text) if (!INVISIBLE.test(ch)) chars.add(ch.codePointAt(0)!);
  }
  return chars;
}

export interface TextUse {
  file: string;
  /** 1-based. */
  line: number;
  text: string;
}

/** The first lines of the deck's sources that use any of `missing`: which text has no glyph. */
export async function linesUsing(deckDir: string, missing: readonly number[], max = 3): Promise<TextUse[]> {
  const wanted = new Set(missing);
  const uses: TextUse[] = [];
  for (const file of await deckSourceFiles(deckDir)) {
    const lines = (await readFile(file, 'utf8').catch(() => '')).split(/\r?\n/);
    for (const [i, text] of lines.entries()) {
      if (uses.length >= max) return uses;
      if ([...text].some((ch) => wanted.has(ch.codePointAt(0)!))) uses.push({ file, line: i + 1, text: text.trim() });
    }
  }
  return uses;
}

async function listSources(dir: string, pattern: RegExp = SOURCE_FILE): Promise<string[]> {
  // Relative paths (Dirent.parentPath needs Node 20.12); a folder that matches reads as '' below.
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((name) => pattern.test(name)).sort().map((name) => join(dir, name));
}

/** Code points of every installed font, or undefined when fontconfig is not available (macOS, Windows). */
export async function installedFontRanges(env: NodeJS.ProcessEnv = process.env): Promise<CodeRanges | undefined> {
  try {
    const { stdout } = await promisify(execFile)('fc-list', ['--format', '%{charset}\n'], { env, maxBuffer: 64 * 1024 * 1024 });
    return mergeRanges(parseFcCharset(stdout));
  } catch {
    return undefined;
  }
}

export function fontCoverage(chars: Set<number>, fonts: CodeRanges): FontCoverage {
  const missing = [...chars].filter((cp) => !covers(fonts, cp)).sort((a, b) => a - b);
  const install = missing.length ? installAdvice(missing) : undefined;
  return { checked: chars.size, missing, ...(install ? { install } : {}) };
}

/** Debian/Ubuntu packages by script; elsewhere the same Noto families are at fonts.google.com/noto. */
function installAdvice(missing: number[]): string {
  const packages = new Set(missing.map(packageFor));
  const list = [...packages].sort().join(' ');
  return `Install fonts with these characters: on Debian and Ubuntu \`apt-get install ${list}\`; elsewhere the Noto fonts (https://fonts.google.com/noto), then run \`deckpress doctor\` again.`;
}

function packageFor(cp: number): string {
  const cjk =
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals, punctuation, kana, Bopomofo, Han
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // Fullwidth forms
    (cp >= 0x20000 && cp <= 0x3134f); // Han extensions
  if (cjk) return 'fonts-noto-cjk';
  if ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf)) return 'fonts-noto-color-emoji';
  return 'fonts-noto-core';
}

/** "人, 工, 智 and 309 more": a short sample of missing characters for a message. */
export function sampleCharacters(missing: number[], shown = 8): string {
  const list = missing.slice(0, shown).map((cp) => `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  return list.join(', ') + (missing.length > shown ? ` and ${missing.length - shown} more` : '');
}
