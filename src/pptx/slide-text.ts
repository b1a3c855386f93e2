/**
 * A slide's words as PowerPoint runs: front matter values and the body, with their
 * data references filled in by the same binding the HTML uses, parsed by the deck's
 * markdown-it instance. `#slide-id` links become links to that slide of the file, a
 * link to a file of the deck a link to its published copy (deck-file-links.ts).
 */
import type { HyperlinkProps } from './pptxgen.js';
import type { MarkdownIt, Token } from 'markdown-it';
import type { YamlPath } from '../load/parse-yaml.js';
import type { DeckModel, Slide } from '../model/types.js';
import type { DataBinding } from '../render/data-binding.js';
import { linkedSlideId } from '../render/decode-link.js';
import type { MarkdownEnv } from '../render/markdown.js';
import type { FileLinks } from './deck-file-links.js';
import { inlineRuns, markdownRuns, type MarkdownText, type RunContext, type TextRun } from './markdown-runs.js';
import type { PptxTheme } from './pptx-theme.js';
import { hasAllowedScheme, linkScheme } from '../validate/link-schemes.js';

export interface TextStyle {
  color: string;
  strongColor?: string;
  linkColor?: string;
  fontSize: number;
}

export interface SlideText {
  /** The body's first `#` heading, and the rest of the body. */
  body(style: TextStyle): { headline?: TextRun[]; rest: MarkdownText; headlineText?: string };
  /** A front matter value written as inline Markdown (stat values, quote, titles). */
  inline(value: string | number | undefined, path: YamlPath, style: TextStyle): TextRun[] | undefined;
  /** A front matter value written as block Markdown (compare bodies). */
  block(value: string | undefined, path: YamlPath, style: TextStyle): MarkdownText | undefined;
  /** A front matter value's text with its data references filled in (alt text, chart titles). */
  plain(value: string, path: YamlPath): string;
}

export interface TextSources {
  md: MarkdownIt;
  model: DeckModel;
  data: DataBinding;
  theme: PptxTheme;
  /** Slide id → 1-based position in this file. */
  slideNumbers: ReadonlyMap<string, number>;
  files: FileLinks;
}

export function slideText(slide: Slide, sources: TextSources): SlideText {
  const { md, data, theme } = sources;
  const source = slide.source;
  const env = (): MarkdownEnv => ({ outsideLinks: [] });
  const context = (style: TextStyle): RunContext => ({
    theme,
    color: style.color,
    strongColor: style.strongColor ?? style.color,
    ...(style.linkColor ? { linkColor: style.linkColor } : {}),
    fontSize: style.fontSize,
    link: (href) => linkTarget(href, sources.slideNumbers, sources.files),
  });
  const fill = (text: string, path: YamlPath) => (source ? data.text(text, source.locate(path)).value : text);

  return {
    body(style) {
      if (!source) return { rest: { runs: [], images: [], tables: [] } };
      const at = { file: source.file, line: source.body.line, column: 1 };
      const tokens: Token[] = md.parse(data.text(source.body.text, at).value, env());
      const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
      let headline: TextRun[] | undefined;
      let headlineText: string | undefined;
      if (open >= 0) {
        const children = tokens[open + 1]!.children ?? [];
        headline = inlineRuns(children, context({ ...style, color: style.strongColor ?? style.color }));
        headlineText = headline.map((r) => r.text).join('');
        tokens.splice(open, 3);
      }
      return { headline, headlineText, rest: markdownRuns(tokens, context(style)) };
    },
    inline(value, path, style) {
      if (value === undefined) return undefined;
      return inlineRuns(md.parseInline(fill(String(value), path), env())[0]?.children ?? [], context(style));
    },
    block(value, path, style) {
      if (value === undefined) return undefined;
      return markdownRuns(md.parse(fill(value, path), env()), context(style));
    },
    plain: fill,
  };
}

/**
 * External links stay hyperlinks; `#id` goes to that slide when this file has it; a
 * file of the deck, to its published copy, relative to the .pptx; anything else is text.
 */
export function linkTarget(href: string, slideNumbers: ReadonlyMap<string, number>, files: FileLinks): HyperlinkProps | undefined {
  if (href.startsWith('#')) {
    const slide = slideNumbers.get(linkedSlideId(href.slice(1)));
    return slide === undefined ? undefined : { slide };
  }
  // A relative URL is one to a deck file's published copy (the render rewrote the link) or to what only the HTML build writes.
  if (linkScheme(href) === undefined) return files.publishes(href) ? { url: href } : undefined;
  return hasAllowedScheme(href) ? { url: href } : undefined;
}
