import { diagnose } from '../diagnostics/diagnostic.js';
import type { LintRule } from './lint-rule.js';

/** A section file with front matter but no slide adds nothing, not even its divider: say so. */
export const emptySections: LintRule = {
  name: 'empty-sections',
  check({ deck, filesWithErrors }) {
    return deck.sections
      // Slides that failed validation are dropped; their errors already explain the gap.
      .filter((section) => section.slides.length === 0 && !filesWithErrors.has(section.file))
      .map((section) => diagnose('EmptySection', section.locate(['title']), { title: section.fm.title }));
  },
};
