import type { MarkdownIt, Token } from 'markdown-it';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { createMarkdown } from '../render/markdown.js';
import type { LintRule } from './lint-rule.js';

// `[label](target)` or `![alt](target)` (one level of parentheses inside the target, as
// CommonMark allows) left in the text: Markdown did not read it as a link or image.
const LINK_AS_TEXT = /(!?)\[([^[\]\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

let parser: MarkdownIt | undefined;

/**
 * The lint flavour without the rules that change text: text_join (an escaped bracket,
 * `\[`, stays a token of its own, so `\[a\](b c)`, text on purpose, is no match) and the
 * typographer's (a quote or `--` in a target stays as written, so the fix names the file).
 */
function linkParser(): MarkdownIt {
  parser ??= createMarkdown(undefined, 'lint').disable(['text_join', 'smartquotes', 'replacements']);
  return parser;
}

/** Where a needle is written, searched from a block's line (0-based); undefined when it is not found as written. */
type Place = (needle: string, line: number | undefined) => SourcePosition | undefined;

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
      const { body } = slide;
      found.push(...linksShownAsText(slide.source.body.text, (needle, line) => (body.has(needle) ? body.find(needle, line) : undefined), body.start));
      for (const { path, text } of slide.markdown) {
        // A front matter value's inner positions are not known: its start is the place.
        found.push(...linksShownAsText(text, () => undefined, slide.source.locate(path)));
      }
    }
    return found;
  },
};

function linksShownAsText(text: string, place: Place, start: SourcePosition): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { run, line } of textRuns(linkParser().parse(text, {}))) {
    for (const [written, bang, label, target] of run.matchAll(LINK_AS_TEXT)) {
      if (!/\s/.test(target!)) continue;
      // At the target, the part that is wrong.
      const at = place(written, line);
      const position = at ? { ...at, column: at.column + written.indexOf('](') + 2 } : start;
      found.push(diagnostic(written, bang === '!', label!, target!.trim(), position));
    }
  }
  return found;
}

/** The plain text of each inline block (a paragraph, a table cell), a run at a time: code, links, emphasis and escapes end a run. */
function* textRuns(tokens: readonly Token[]): Generator<{ run: string; line: number | undefined }> {
  for (const block of tokens) {
    let run = '';
    for (const token of block.children ?? []) {
      if (token.type === 'text') run += token.content;
      else if (run !== '') {
        yield { run, line: block.map?.[0] };
        run = '';
      }
    }
    if (run !== '') yield { run, line: block.map?.[0] };
  }
}

function diagnostic(written: string, image: boolean, label: string, target: string, at: SourcePosition): Diagnostic {
  const fix = `${image ? '!' : ''}[${label}](${escapedTarget(target)})`;
  return diagnose('LinkShownAsText', at, { written, what: image ? 'image' : 'link', fix, escapes: /[#?]/.test(target) });
}

/**
 * The target with each space as %20. In a path (no scheme), a # or ? with a file
 * extension after it and no query between (`growth #2.svg`) is part of the name, not
 * where a fragment or query starts (`report.pdf#page=2`, `file.pdf?v=1.5`), and is
 * escaped too.
 */
function escapedTarget(target: string): string {
  const spaced = target.replace(/\s/g, '%20');
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(spaced)) return spaced;
  return spaced.replace(/[#?](?=[^#?=&]*\.[a-z0-9]+$)/gi, (c) => (c === '#' ? '%23' : '%3F'));
}
