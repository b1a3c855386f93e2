/**
 * Text width without a browser: an estimate from per-character advance widths of
 * Inter (in em). Good to a few percent for Latin text, exact enough to decide when
 * labels wrap or rotate; CJK glyphs are a full em.
 */
const NARROW = new Set([...'il.,:;\'|!I`']);
const SEMI = new Set([...'fjrt()[]{}-" /']);
const WIDE = new Set([...'mwMW@%']);

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0xffef) return 1; // CJK, kana, full-width forms
  if (NARROW.has(ch)) return 0.27;
  if (SEMI.has(ch)) return 0.38;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= '0' && ch <= '9') return 0.6;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch === ' ') return 0.28;
  return 0.55;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces for words, anywhere
 * between CJK characters. Past `maxLines` the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const words = text.split(/(?<=\s)|(?<=[\u2e80-\uffef])|(?=[\u2e80-\uffef])/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line + word;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, maxWidth, fontSize, bold);
  return kept;
}

/** Cuts text to fit `maxWidth`, ending in "…". */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
