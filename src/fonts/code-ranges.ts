/**
 * Sets of Unicode code points as sorted, merged [from, to] ranges: what a font
 * covers (fontconfig's charset, CSS unicode-range) and what a deck uses.
 */
export type CodeRanges = [number, number][];

export function mergeRanges(ranges: Iterable<[number, number]>): CodeRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: CodeRanges = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function covers(ranges: CodeRanges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** fontconfig's `%{charset}`: space-separated hex code points and ranges ("20-7e a0-17f 192"). */
export function parseFcCharset(text: string): [number, number][] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
    })
    .filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to));
}

/** Every `unicode-range` in a stylesheet ("U+0000-00FF, U+0131, U+4??"). */
export function parseUnicodeRanges(css: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const decl of css.matchAll(/unicode-range\s*:\s*([^;}]+)/gi)) {
    for (const part of decl[1]!.split(',')) {
      const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (!m) continue;
      const first = m[1]!;
      if (first.includes('?')) ranges.push([parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'f'), 16)]);
      else ranges.push([parseInt(first, 16), parseInt(m[2] ?? first, 16)]);
    }
  }
  return ranges;
}
