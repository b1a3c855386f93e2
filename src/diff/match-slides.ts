import type { ManifestSlide } from '../emit/manifest-schema.js';

export interface SlideMatch {
  /** Slides present in both builds, in the new build's order. */
  pairs: { old: ManifestSlide; next: ManifestSlide }[];
  added: ManifestSlide[];
  removed: ManifestSlide[];
  /** Pairs whose place relative to the others changed (not those only pushed along by added or removed slides). */
  moved: { old: ManifestSlide; next: ManifestSlide }[];
}

/**
 * Pairs the slides of two builds: by id, then slides whose id is generated from
 * their headline (so an edited headline changed it) by position and content — the
 * same section, the same layout, in the same gap between slides matched by id.
 */
export function matchSlides(old: readonly ManifestSlide[], next: readonly ManifestSlide[]): SlideMatch {
  const oldById = new Map(old.map((s) => [s.id, s]));
  const matched = new Map<ManifestSlide, ManifestSlide>();
  for (const slide of next) {
    const before = oldById.get(slide.id);
    if (before) matched.set(slide, before);
  }
  const oldMatched = new Set(matched.values());
  const oldGaps = gapsOf(old, (s) => oldMatched.has(s), (s) => s.id);
  const nextGaps = gapsOf(next, (s) => matched.has(s), (s) => matched.get(s)!.id);
  for (const [gap, slides] of nextGaps) {
    const candidates = oldGaps.get(gap) ?? [];
    for (const slide of slides) {
      const i = candidates.findIndex((c) => c.section === slide.section && c.layout === slide.layout);
      if (i < 0) continue;
      matched.set(slide, candidates[i]!);
      candidates.splice(0, i + 1);
    }
  }
  const pairs = next.filter((s) => matched.has(s)).map((s) => ({ old: matched.get(s)!, next: s }));
  const paired = new Set(pairs.map((p) => p.old));
  return {
    pairs,
    added: next.filter((s) => !matched.has(s)),
    removed: old.filter((s) => !paired.has(s)),
    moved: movedPairs(pairs),
  };
}

/** Unmatched authored slides with generated ids, grouped by the matched slide before them (its old id). */
function gapsOf(slides: readonly ManifestSlide[], isMatched: (s: ManifestSlide) => boolean, anchorId: (s: ManifestSlide) => string): Map<string, ManifestSlide[]> {
  const gaps = new Map<string, ManifestSlide[]>();
  let anchor = '';
  for (const slide of slides) {
    if (isMatched(slide)) anchor = anchorId(slide);
    else if (slide.kind === 'authored' && !slide.idWritten) gaps.set(anchor, [...(gaps.get(anchor) ?? []), slide]);
  }
  return gaps;
}

/** The pairs outside the longest run kept in the same order in both builds. */
function movedPairs(pairs: SlideMatch['pairs']): SlideMatch['pairs'] {
  // pairs are in the new order; the longest increasing subsequence of their old numbers stayed in place.
  const numbers = pairs.map((p) => p.old.number);
  const tails: number[] = [];
  const previous: number[] = new Array<number>(numbers.length).fill(-1);
  numbers.forEach((n, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[tails[mid]!]! < n) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return pairs.filter((_, i) => !kept.has(i));
}
