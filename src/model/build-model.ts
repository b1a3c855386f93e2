import type { ValidDeck, ValidSlide } from '../validate/validate-deck.js';
import { collectReferences } from './collect-references.js';
import { isIncluded, variantConfig } from './select-variant.js';
import { findHeadline, slugify } from './slug.js';
import type { DeckModel, Section, Slide } from './types.js';

/** References per generated references slide: what fits legibly at the theme's type size. */
export const REFERENCES_PER_SLIDE = 12;

/**
 * Turns a validated deck into the ordered slide list of one build: title,
 * agenda, then each section's divider and slides, references before a closing
 * slide. Pure: the same deck always gives the same ids and numbers.
 */
export function buildModel(deck: ValidDeck, variantName?: string): DeckModel {
  const variant = variantName === undefined ? undefined : deck.config.variants[variantName];
  const ids = assignIds(deck);
  const fullDeckIds = new Set(ids.values());

  const sections: Section[] = [];
  const slides: Omit<Slide, 'number'>[] = [{ kind: 'title', id: 'title', layout: 'title' }];
  const authored: { id: string; slide: ValidSlide }[] = [];

  deck.sections.forEach((section, sectionIndex) => {
    const sectionId = sectionIds(deck)[sectionIndex]!;
    const included = section.slides.filter((slide) => isIncluded(slide, section, sectionId, variant));
    if (included.length === 0) return;
    const index = sections.length;
    sections.push({
      index,
      number: index + 1,
      id: sectionId,
      title: section.fm.title,
      nav: section.fm.nav ?? section.fm.title,
      kind: section.fm.kind,
      file: section.file,
    });
    slides.push({ kind: 'section', id: sectionId, layout: 'section', section: index, headline: section.fm.title });
    for (const slide of included) {
      const id = ids.get(slide)!;
      authored.push({ id, slide });
      slides.push({ kind: 'authored', id, layout: slide.fm.layout ?? 'content', section: index, headline: findHeadline(slide.body.text), source: slide });
    }
  });

  // Counted in this build: a variant or hidden sections may leave a single section, which needs no agenda.
  if (sections.length > 1) slides.splice(1, 0, { kind: 'agenda', id: 'agenda', layout: 'agenda' });

  const { references, citations } = collectReferences(authored.map(({ id, slide }) => ({ id, sources: slide.fm.sources ?? [] })));
  const referenceSlides: Omit<Slide, 'number'>[] = [];
  for (let start = 0; start < references.length; start += REFERENCES_PER_SLIDE) {
    const page = referenceSlides.length + 1;
    referenceSlides.push({ kind: 'references', id: page === 1 ? 'references' : `references-${page}`, layout: 'references', references: references.slice(start, start + REFERENCES_PER_SLIDE) });
  }
  const closingAt = slides.length > 0 && slides[slides.length - 1]!.layout === 'closing' ? slides.length - 1 : slides.length;
  slides.splice(closingAt, 0, ...referenceSlides);

  return {
    name: deck.name,
    ...(variantName !== undefined ? { variant: variantName } : {}),
    config: variantConfig(deck.config, variant),
    sections,
    slides: slides.map((slide, i) => ({ ...slide, number: i + 1 })),
    references,
    citations,
    fullDeckIds: new Set([...fullDeckIds, ...sectionIds(deck), 'title', 'agenda', 'references']),
  };
}

const sectionIdCache = new WeakMap<ValidDeck, string[]>();

/** Section ids: the front matter's id, else the file name without its ordering prefix. */
export function sectionIds(deck: ValidDeck): string[] {
  let ids = sectionIdCache.get(deck);
  if (!ids) {
    // A file name such as 06-references.md must not give its divider the id of a generated
    // slide, of a slide that writes that id, or of another section: element ids must be unique.
    const written = deck.sections.flatMap((s) => [s.fm.id, ...s.slides.map((slide) => slide.fm.id)]);
    const taken = new Set(written.filter((id): id is string => id !== undefined));
    const isTaken = (id: string) => taken.has(id) || /^(title|agenda|references(-\d+)?)$/.test(id);
    ids = [];
    for (const s of deck.sections) {
      let id = s.fm.id ?? (slugify(s.stem.replace(/^\d+[-_. ]*/, '')) || `section-${s.stem}`);
      if (!s.fm.id && isTaken(id)) {
        const base = `${id}-section`;
        id = base;
        for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
      }
      taken.add(id);
      ids.push(id);
    }
    sectionIdCache.set(deck, ids);
  }
  return ids;
}

/**
 * Every authored slide's id, over the full deck so that variants share them:
 * written ids first, then ids derived from section and headline, numbered on a clash.
 */
function assignIds(deck: ValidDeck): Map<ValidSlide, string> {
  const ids = new Map<ValidSlide, string>();
  const taken = new Set<string>(['title', 'agenda', 'references', ...sectionIds(deck)]);
  for (const section of deck.sections) for (const slide of section.slides) if (slide.fm.id) taken.add(slide.fm.id);
  deck.sections.forEach((section, i) => {
    section.slides.forEach((slide, j) => {
      if (slide.fm.id) return ids.set(slide, slide.fm.id);
      const headline = findHeadline(slide.body.text);
      const base = `${sectionIds(deck)[i]}-${(headline && slugify(headline, 5)) || `slide-${j + 1}`}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      ids.set(slide, id);
    });
  });
  return ids;
}
