import { diagnose } from '../diagnostics/diagnostic.js';
import type { LintRule } from './lint-rule.js';

/** Layouts whose message is the quote, the picture or the sign-off: a headline is optional there. */
export const HEADLINE_OPTIONAL = ['quote', 'image', 'closing'];

/** Every slide states its finding in a headline; it also titles the slide in the nav, outline and PDF bookmarks. */
export const missingHeadline: LintRule = {
  name: 'missing-headline',
  check({ slides }) {
    return slides
      .filter((slide) => !HEADLINE_OPTIONAL.includes(slide.layout) && !hasHeadline(slide.body.tokens))
      .map((slide) => diagnose('MissingHeadline', { file: slide.source.file, line: slide.source.line, column: 1 }, { layout: slide.layout }));
  },
};

/** The renderer takes the first h1 as the headline (render/markdown.ts), so lint does too. */
export function hasHeadline(tokens: readonly { type: string; tag: string }[]): boolean {
  return tokens.some((t) => t.type === 'heading_open' && t.tag === 'h1');
}
