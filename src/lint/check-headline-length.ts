import { diagnose } from '../diagnostics/diagnostic.js';
import { plainText } from '../render/plain-text.js';
import { REPORT_HEADLINE, wrapHeadline } from './headline-metrics.js';
import type { LintRule } from './lint-rule.js';
import { lintMarkdown } from './slide-markdown.js';

// A data reference's value is not known before the data stage runs; a typical
// formatted number ("$3.7B", "62%", "1,234") is about this wide.
const REFERENCE_STAND_IN = '0,000';

/**
 * A headline longer than the report theme's headline box pushes the body down and
 * the figure off the slide. Measured with Inter ExtraBold's real widths; closing
 * slides set their headline larger, on a dark ground, and are left out.
 */
export const headlineLength: LintRule = {
  name: 'headline-length',
  check({ deck, slides }) {
    // Only the built-in report theme's box is known; a project theme sizes its own.
    if (deck.config.theme !== 'report') return [];
    const box = REPORT_HEADLINE;
    return slides.flatMap((slide) => {
      if (slide.layout === 'closing') return [];
      const tokens = slide.body.tokens;
      const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
      if (open < 0) return [];
      const written = tokens[open + 1]!.content;
      const text = plainText(lintMarkdown().renderInline(written.replace(/(?<!\\)\{\{[\s\S]*?\}\}/g, REFERENCE_STAND_IN)));
      const lines = wrapHeadline(text, box);
      if (lines.length <= box.maxLines) return [];
      const line = tokens[open]!.map?.[0] ?? 0;
      const at = slide.body.find(tokens[open]!.markup.startsWith('#') ? '#' : written.slice(0, 1), line);
      const excess = lines.slice(box.maxLines).join(' ').length + 1;
      return [diagnose('HeadlineTooLong', at, { lines: lines.length, maxLines: box.maxLines, fontSize: box.fontSize, width: box.width, excess })];
    });
  },
};
