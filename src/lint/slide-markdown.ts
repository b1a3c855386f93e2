import type { MarkdownIt, Token } from 'markdown-it';
import { createMarkdown } from '../render/markdown.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { TextBlock } from '../load/split-section.js';
import { typedTarget } from '../render/decode-link.js';

/**
 * Markdown a slide shows, parsed the way the renderer parses it (same options),
 * with what lint needs to place a finding: the file and line each block starts on.
 * markdown-it maps blocks to lines; the column of an inline part is found on the
 * mapped lines by the markup the parser reports (its src or href).
 */
export interface ParsedMarkdown {
  tokens: Token[];
  /** The position of the `nth` `needle` from the block that starts on body line `line` (0-based). */
  find(needle: string, line: number | undefined, nth?: number): SourcePosition;
  /** Whether `needle` is written anywhere in the text. */
  has(needle: string): boolean;
  start: SourcePosition;
}

let shared: MarkdownIt | undefined;

/** The lint flavour of the one markdown-it factory, made once. */
export function lintMarkdown(): MarkdownIt {
  shared ??= createMarkdown(undefined, 'lint');
  return shared;
}

/** Parses a slide body (a block of its file). */
export function parseBody(file: string, body: TextBlock): ParsedMarkdown {
  return parseAt(body.text, { file, line: body.line, column: 1 });
}

/** Parses Markdown copied verbatim from its file, starting at `start`. */
export function parseAt(text: string, start: SourcePosition): ParsedMarkdown {
  const tokens = lintMarkdown().parse(text, {});
  const lines = text.split('\n');
  const find = (needle: string, line: number | undefined, nth = 0): SourcePosition => {
    const first = line ?? 0;
    let seen = 0;
    for (let i = first; i < lines.length; i++) {
      for (let index = lines[i]!.indexOf(needle); index >= 0; index = lines[i]!.indexOf(needle, index + 1)) {
        if (seen++ === nth) return { file: start.file, line: start.line + i, column: (i === 0 ? start.column : 1) + index };
      }
    }
    return { file: start.file, line: start.line + first, column: first === 0 ? start.column : 1 };
  };
  return { tokens, find, has: (needle) => text.includes(needle), start };
}

/** Every inline child token with the line (0-based) of the block it sits in. */
export function* inlineTokens(tokens: readonly Token[]): Generator<{ token: Token; line: number | undefined }> {
  for (const block of tokens) {
    for (const token of block.children ?? []) yield { token, line: block.map?.[0] };
  }
}

/** The text of an image token's alt (its children's plain content). */
export function altText(token: Token): string {
  return (token.children ?? []).map((c) => c.content).join('').trim();
}

/** Every image in parsed Markdown, with where its source is written (repeated sources counted in order). */
export function* images(markdown: ParsedMarkdown): Generator<{ token: Token; src: string; at: SourcePosition }> {
  const seen = new Map<string, number>();
  for (const { token, line } of inlineTokens(markdown.tokens)) {
    if (token.type !== 'image') continue;
    const src = String(token.attrGet('src') ?? '');
    // markdown-it percent-encodes the target; find it as written, encoded or not.
    const written = markdown.has(src) ? src : typedTarget(src);
    const key = `${line}:${written}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    yield { token, src, at: markdown.find(written, line, nth) };
  }
}
