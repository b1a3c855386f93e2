import type { Source } from '../validate/slide-schema.js';
import type { Reference } from './types.js';

/**
 * Numbers every cited source once, in order of first citation. Two citations are
 * the same source when their URL (or, without one, their text) matches.
 */
export function collectReferences(slides: { id: string; sources: readonly Source[] }[]): {
  references: Reference[];
  citations: Map<string, number[]>;
} {
  const references: Reference[] = [];
  const byKey = new Map<string, Reference>();
  const citations = new Map<string, number[]>();
  for (const slide of slides) {
    const numbers = slide.sources.map((source) => {
      const entry = typeof source === 'string' ? { text: source } : source;
      const key = entry.url ? `url:${entry.url.replace(/\/+$/, '')}` : `text:${entry.text.trim().toLowerCase()}`;
      let reference = byKey.get(key);
      if (!reference) {
        reference = { n: references.length + 1, text: entry.text, ...(entry.url ? { url: entry.url } : {}) };
        references.push(reference);
        byKey.set(key, reference);
      }
      return reference.n;
    });
    citations.set(slide.id, numbers);
  }
  return { references, citations };
}
