import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { LintRule } from './lint-rule.js';
import { inlineTokens, parseAt, type ParsedMarkdown } from './slide-markdown.js';

/**
 * `[text](#slide-id)` must reach a slide of the deck: an authored slide's id, a
 * section divider's, or title, agenda and references. Reveal's own `#/3` hashes
 * are left alone.
 */
export const slideLinks: LintRule = {
  name: 'slide-links',
  check({ slides, ids }) {
    const found: Diagnostic[] = [];
    const check = (markdown: ParsedMarkdown, exact: boolean) => {
      const seen = new Map<string, number>();
      for (const { token, line } of inlineTokens(markdown.tokens)) {
        if (token.type !== 'link_open') continue;
        const href = String(token.attrGet('href') ?? '');
        if (!href.startsWith('#') || href.startsWith('#/')) continue;
        const id = decode(href.slice(1));
        if (ids.has(id)) continue;
        const key = `${line}:${href}`;
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        // Point at the "#" of the target as written (markdown-it may have percent-encoded it).
        const needle = [`(${href}`, `(#${id}`].find((n) => markdown.has(n));
        const at: SourcePosition = exact && needle ? shift(markdown.find(needle, line, nth), 1) : exact ? markdown.find('', line) : markdown.start;
        found.push(diagnose('BrokenSlideLink', at, { id, suggestion: closest(id, ids) }));
      }
    };
    for (const slide of slides) {
      check(slide.body, true);
      // Markdown in YAML values: the value's layout is not the file's, so findings sit at the value.
      for (const { path, text } of slide.markdown) check(parseAt(text, slide.source.locate(path)), false);
    }
    return found;
  },
};

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function shift(at: SourcePosition, columns: number): SourcePosition {
  return { ...at, column: at.column + columns };
}
