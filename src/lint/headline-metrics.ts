import { HEADLINE_BOX } from '../theme/theme-manifest.js';
import { INTER_800_KERNING, INTER_800_WIDTHS } from './headline-font-widths.js';

/** Where a headline must fit, and in what type. */
export interface HeadlineBox {
  fontSize: number;
  /** Width of the box in px. */
  width: number;
  maxLines: number;
  /** CSS letter-spacing in em, added after every character. */
  letterSpacing: number;
}

/** The report theme's `.headline` (Inter ExtraBold), from the theme manifest. */
export const REPORT_HEADLINE: HeadlineBox = HEADLINE_BOX;

// Ideographs, kana, Hangul and full-width forms take a full em; a line may break between any two.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;
const COMBINING = /\p{M}/u;
// Characters outside the table: about an average lowercase letter of the face.
const DEFAULT_EM = 0.6;

/** Advance width of one character in em (without letter-spacing). */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (COMBINING.test(ch)) return 0;
  const known = INTER_800_WIDTHS[ch];
  return known === undefined ? DEFAULT_EM : known / 1000;
}

/** Width in px of `text` set in the box's type, kerning included. */
export function textWidth(text: string, box: HeadlineBox): number {
  let em = 0;
  let previous = '';
  for (const ch of text) {
    em += charWidth(ch) + box.letterSpacing + (INTER_800_KERNING[previous + ch] ?? 0) / 1000;
    previous = ch;
  }
  return em * box.fontSize;
}

/**
 * Breaks text into lines the way a browser roughly does: after spaces and dashes,
 * and between CJK characters; a trailing space hangs outside the box. A word longer
 * than the box takes a line of its own (it overflows rather than breaks).
 */
export function wrapHeadline(text: string, box: HeadlineBox): string[] {
  const pieces = text.replace(/\s+/g, ' ').trim().match(/[^\s\-–—\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}]*(?:[\s\-–—]|[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}][、。，．！？）」』]?)?/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    const candidate = line + piece;
    if (line !== '' && textWidth(candidate.trimEnd(), box) > box.width) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
