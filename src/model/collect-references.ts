import type { Source } from '../validate/slide-schema.js';
import type { Reference } from './types.js';

/**
 * Numbers every cited source once, in order of first citation. Two citations are
 * the same source when their URLs match, or when their texts match and one of
 * them has no URL (that one gains the other's URL): "The Information, 2024"
 * cited with and without its link is one reference.
 */
export function collectReferences(slides: { id: string; sources: readonly Source[] }[]): {
  references: Reference[];
  citations: Map<string, number[]>;
} {
  const references: Reference[] = [];
  const byUrl = new Map<string, Reference>();
  const byText = new Map<string, Reference>();
  const citations = new Map<string, number[]>();
  for (const slide of slides) {
    const numbers = slide.sources.map((source) => {
      const entry = typeof source === 'string' ? { text: source } : source;
      const url = entry.url?.replace(/\/+$/, '');
      const text = entry.text.trim().replace(/\s+/g, ' ').toLowerCase();
      const sameText = byText.get(text);
      let reference = url ? byUrl.get(url) ?? (sameText && !sameText.url ? sameText : undefined) : sameText;
      if (!reference) {
        reference = { n: references.length + 1, text: entry.text };
        references.push(reference);
      }
      if (url && !reference.url) reference.url = entry.url;
      if (url) byUrl.set(url, reference);
      if (!byText.has(text)) byText.set(text, reference);
      return reference.n;
    });
    // A slide that cites one source twice shows it once.
    citations.set(slide.id, [...new Set(numbers)]);
  }
  return { references, citations };
}
