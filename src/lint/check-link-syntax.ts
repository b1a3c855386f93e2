import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import type { LintRule } from './lint-rule.js';
import { inlineTokens, lintMarkdown, type ParsedMarkdown } from './slide-markdown.js';

// `[label](target)` or `![alt](target)` (one level of parentheses inside the target, as
// CommonMark allows) left in the text: Markdown did not read it as a link or image.
const LINK_AS_TEXT = /(!?)\[([^[\]\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

/**
 * A link or image whose target has a space (`![chart](growth 2024.svg)`) is not a link
 * in Markdown: the slide shows the brackets and the path as text, and build has
 * nothing to check, so the slip goes out unless someone reads every slide.
 */
export const linkSyntax: LintRule = {
  name: 'link-syntax',
  check({ slides }) {
    const found: Diagnostic[] = [];
    for (const slide of slides) {
      found.push(...linksShownAsText(slide.body));
      for (const { path, text } of slide.markdown) {
        const at = slide.source.locate(path);
        found.push(...linksShownAsText({ tokens: lintMarkdown().parse(text, {}), has: (needle) => text.includes(needle), find: () => at }));
      }
    }
    return found;
  },
};

function linksShownAsText(markdown: Pick<ParsedMarkdown, 'tokens' | 'has' | 'find'>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { token, line } of inlineTokens(markdown.tokens)) {
    if (token.type !== 'text') continue;
    for (const [written, bang, label, target] of token.content.matchAll(LINK_AS_TEXT)) {
      // Only a target with a space; and only as written: `\[x\](a b)` is text on purpose.
      if (!/\s/.test(target!) || !markdown.has(written)) continue;
      found.push(diagnostic(written, bang === '!', label!, target!.trim(), markdown.find(written, line)));
    }
  }
  return found;
}

function diagnostic(written: string, image: boolean, label: string, target: string, at: SourcePosition): Diagnostic {
  const fix = `${image ? '!' : ''}[${label}](${escapedTarget(target)})`;
  return diagnose('LinkShownAsText', at, { written, what: image ? 'image' : 'link', fix, escapes: /[#?]/.test(target) });
}

/**
 * The target with each space as %20. In a path (no scheme), a # or ? with a file
 * extension after it (`growth #2.svg`) is part of the name, not where a fragment or
 * query starts (`report.pdf#page=2`), and is escaped too.
 */
function escapedTarget(target: string): string {
  const spaced = target.replace(/\s/g, '%20');
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(spaced)) return spaced;
  return spaced.replace(/[#?](?=[^#?]*\.[a-z0-9]+$)/gi, (c) => (c === '#' ? '%23' : '%3F'));
}
