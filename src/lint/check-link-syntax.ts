import type { MarkdownIt, Token } from 'markdown-it';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { createMarkdown } from '../render/markdown.js';
import type { LintRule } from './lint-rule.js';
import { inlineTokens } from './slide-markdown.js';

// `[label](target)` or `![alt](target)` (one level of parentheses inside the target, as
// CommonMark allows) left in the text: Markdown did not read it as a link or image.
const LINK_AS_TEXT = /(!?)\[([^[\]\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

let parser: MarkdownIt | undefined;

/**
 * The lint flavour without its last core rule, text_join: an escaped bracket (`\[`)
 * stays a token of its own, so `\[a\](b c)`, written as text on purpose, is no match.
 */
function linkParser(): MarkdownIt {
  parser ??= createMarkdown(undefined, 'lint').disable('text_join');
  return parser;
}

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
      found.push(...linksShownAsText(slide.source.body.text, slide.body.find));
      for (const { path, text } of slide.markdown) {
        const at = slide.source.locate(path);
        found.push(...linksShownAsText(text, () => at));
      }
    }
    return found;
  },
};

/** `find` places a needle searched from a block's line (0-based) in the text as written. */
function linksShownAsText(text: string, find: (needle: string, line: number | undefined) => SourcePosition): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { run, line } of textRuns(linkParser().parse(text, {}))) {
    for (const [written, bang, label, target] of run.matchAll(LINK_AS_TEXT)) {
      if (!/\s/.test(target!)) continue;
      // At the target, the part that is wrong (the label may read differently from how it is written: ' → ’).
      found.push(diagnostic(written, bang === '!', label!, target!.trim(), find(target!, line)));
    }
  }
  return found;
}

/** The plain text of each inline block, a run at a time: code, links, emphasis and escaped characters end a run. */
function* textRuns(tokens: readonly Token[]): Generator<{ run: string; line: number | undefined }> {
  let run = '';
  let runLine: number | undefined;
  for (const { token, line } of inlineTokens(tokens)) {
    const plain = token.type === 'text' || (token.type === 'text_special' && token.info === 'entity');
    if (plain && run !== '' && line !== runLine) {
      yield { run, line: runLine };
      run = '';
    }
    if (plain) {
      run += token.content;
      runLine = line;
    } else if (run !== '') {
      yield { run, line: runLine };
      run = '';
    }
  }
  if (run !== '') yield { run, line: runLine };
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
