import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest, listNames } from '../diagnostics/suggest.js';
import { sectionIds } from '../model/build-model.js';
import { isIncluded } from '../model/select-variant.js';
import type { ValidDeck } from '../validate/validate-deck.js';

/**
 * A variant names slides by id, tag or section; a name that matches nothing is a
 * typo that silently shrinks the cut, and a variant that selects no slide builds a
 * near-empty deck. Both are errors at deck.yaml's line, in every command.
 */
export function checkVariants(deck: ValidDeck): Diagnostic[] {
  const found: Diagnostic[] = [];
  const slides = deck.sections.flatMap((s) => s.slides);
  const known = {
    // A variant selects by written ids only (model/select-variant.ts), not derived ones.
    id: [...new Set(slides.flatMap((s) => (s.fm.id ? [s.fm.id] : [])))].sort(),
    tag: [...new Set(slides.flatMap((s) => s.fm.tags ?? []))].sort(),
    section: [...new Set([...deck.sections.map((s) => s.stem), ...sectionIds(deck)])].sort(),
  };
  for (const [name, variant] of Object.entries(deck.config.variants)) {
    const lists = { id: variant.ids, tag: variant.tags, section: variant.sections } as const;
    for (const kind of ['id', 'tag', 'section'] as const) {
      const key = `${kind}s`;
      (lists[kind] ?? []).forEach((entry, i) => {
        if (known[kind].includes(entry)) return;
        found.push(
          diagnose('UnknownVariantEntry', deck.configLocate(['variants', name, key, i]), {
            variant: name,
            kind: kind === 'id' ? 'slide id' : kind,
            name: entry,
            suggestion: closest(entry, known[kind]),
            known: listNames(known[kind], 12),
          }),
        );
      });
    }
    // The slides a build of the variant would take (model/build-model.ts asks the same question).
    const selects = deck.sections.some((section, i) => section.slides.some((slide) => isIncluded(slide, section, sectionIds(deck)[i]!, variant)));
    if (!selects) {
      found.push(diagnose('EmptyVariant', deck.configLocate(['variants', name], 'key'), { variant: name }));
    }
  }
  return found;
}
