import type { Manifest, ManifestSlide, ManifestValue } from '../emit/manifest-schema.js';
import { matchSlides } from './match-slides.js';

/** The parts of a slide `diff` tells apart. */
export const SLIDE_PARTS = ['layout', 'text', 'chart', 'table', 'notes', 'sources'] as const;
export type SlidePart = (typeof SLIDE_PARTS)[number];

export interface ValueChange {
  /** The text shown before and after; null when the value is new or gone. */
  from: string | null;
  to: string | null;
  data: { expression: string; cells: ManifestValue['cells']; at: string };
}

export interface ChangedSlide {
  id: string;
  /** The old id, when a generated id changed with its headline. */
  was?: string;
  /** Slide numbers in the old and new build. */
  from: number;
  to: number;
  headline: string | null;
  parts: SlidePart[];
  values: ValueChange[];
}

/** What `deckpress diff --format json` prints. */
export interface DeckDiff {
  added: string[];
  removed: string[];
  moved: { id: string; from: number; to: number }[];
  changed: ChangedSlide[];
  unchanged: number;
}

/** Compares two builds' manifests slide by slide; slide numbers and deck-wide chrome are not slide changes. */
export function compareManifests(old: Manifest, next: Manifest): DeckDiff {
  const match = matchSlides(old.slides, next.slides);
  const changed: ChangedSlide[] = [];
  for (const { old: before, next: after } of match.pairs) {
    const parts = SLIDE_PARTS.filter((part) => partOf(before, part) !== partOf(after, part));
    if (parts.length === 0) continue;
    changed.push({
      id: after.id,
      ...(before.id !== after.id ? { was: before.id } : {}),
      from: before.number,
      to: after.number,
      headline: after.headline,
      parts,
      values: valueChanges(before.values, after.values),
    });
  }
  return {
    added: match.added.map((s) => s.id),
    removed: match.removed.map((s) => s.id),
    moved: match.moved.map((p) => ({ id: p.next.id, from: p.old.number, to: p.next.number })),
    changed,
    unchanged: match.pairs.length - new Set([...match.moved.map((p) => p.next.number), ...changed.map((c) => c.to)]).size,
  };
}

export function hasChanges(diff: DeckDiff): boolean {
  return diff.added.length + diff.removed.length + diff.moved.length + diff.changed.length > 0;
}

function partOf(slide: ManifestSlide, part: SlidePart): string | undefined {
  return part === 'layout' ? slide.layout : slide.parts[part];
}

/**
 * Values whose shown text differs, paired by expression and cells (the n-th use of
 * the same expression with the n-th), so a value that moved within the text is not a change.
 */
function valueChanges(before: readonly ManifestValue[], after: readonly ManifestValue[]): ValueChange[] {
  const keyed = (values: readonly ManifestValue[]) => {
    const seen = new Map<string, number>();
    return new Map(
      values.map((v) => {
        const key = `${v.expression}\n${JSON.stringify(v.cells)}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return [`${key}\n${n}`, v] as const;
      }),
    );
  };
  const [a, b] = [keyed(before), keyed(after)];
  const changes: ValueChange[] = [];
  const data = (v: ManifestValue) => ({ expression: v.expression, cells: v.cells, at: v.at });
  for (const [key, v] of b) {
    const was = a.get(key);
    if (was?.shown !== v.shown) changes.push({ from: was?.shown ?? null, to: v.shown, data: data(v) });
  }
  for (const [key, v] of a) if (!b.has(key)) changes.push({ from: v.shown, to: null, data: data(v) });
  return changes;
}
