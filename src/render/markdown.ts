import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { hasAllowedScheme, isAllowedImage, linkScheme } from '../validate/link-schemes.js';
import { linkedSlideId } from './decode-link.js';
import { ASSETS_URL, deckFileLink, publishedFileUrl } from './deck-file-link.js';
import type { YamlPath } from '../load/parse-yaml.js';

/** Markdown for showing (render) or for reading as written (lint: nothing rewritten). */
export type MarkdownFlavour = 'render' | 'lint';

/** Our rules that change what the author wrote: classes, link targets, asset paths. */
const REWRITING_RULES = ['deckpress_fragments', 'deckpress_links'];

/**
 * The one markdown-it factory for slide text. Rules, in order:
 * - `+` list items become reveal fragments, numbered in document order;
 * - a blockquote is the slide's takeaway line;
 * - external links open in a new tab; `#slide-id` links stay in the deck, and
 *   in a variant, a link to a slide the variant leaves out goes to the full deck;
 * - a relative link to a file of the deck (data/revenue.csv) points at its copy
 *   in assets/files/ (deck-file-link.ts);
 * - relative image paths point into the copied assets folder.
 * The lint flavour parses the same way with the rewriting rules switched off, so
 * src and href stay as written.
 */
export function createMarkdown(links: SlideLinks = { elsewhere: () => undefined }, flavour: MarkdownFlavour = 'render'): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: true });
  // Every link and image becomes a token, so a refused scheme is reported where it is written instead of silently shown as text.
  md.validateLink = () => true;
  // Bare URLs become links, but linkify's matcher costs ~25 ms to build on first use:
  // switch it on only for text that has a bare URL at all.
  md.core.ruler.before('normalize', 'deckpress_linkify_when_needed', (state) => {
    state.md.options.linkify = BARE_URL.test(state.src);
  });
  md.core.ruler.push('deckpress_fragments', (state) => {
    let index = 0;
    const lists: boolean[] = [];
    for (const token of state.tokens) {
      if (token.type === 'bullet_list_open') lists.push(token.markup === '+');
      else if (token.type === 'bullet_list_close') lists.pop();
      else if (token.type === 'list_item_open' && lists[lists.length - 1]) {
        token.attrJoin('class', 'fragment');
        token.attrSet('data-fragment-index', String(index++));
      } else if (token.type === 'blockquote_open') token.attrJoin('class', 'takeaway');
    }
  });
  md.core.ruler.push('deckpress_links', (state) => {
    const env = state.env as Partial<MarkdownEnv>;
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        const unsafe = unsafeUrl(child);
        if (unsafe) {
          env.unsafeLinks?.push({ ...unsafe, at: positionOf(`(${unsafe.url.slice(0, unsafe.scheme.length + 1)}`, token.map?.[0], env) });
          child.attrSet(child.type === 'image' ? 'src' : 'href', '#');
          continue;
        }
        // Recorded as written, before rewriting: the build checks every target exists (validate/check-slide-targets.ts).
        const target = writtenTarget(child, links.deck);
        if (target && env.targets) env.targets.push({ ...target, ...(env.path ? { path: env.path } : {}) });
        const outside = rewriteLink(child, links);
        if (outside && env.outsideLinks) env.outsideLinks.push({ id: outside, at: positionOf(`(#${outside}`, token.map?.[0], env) });
      }
    }
  });
  if (flavour === 'lint') md.disable(REWRITING_RULES);
  return md;
}

export interface SlideLinks {
  /** Where a `#id` link goes when the slide is not in this build; undefined keeps it as written. */
  elsewhere(id: string): string | undefined;
  /** The deck's name: a link to its exports (`<deck>.pdf`) is to what the build writes, not to a file of the deck. */
  deck?: string;
}

/** Marks links that leave this build: the print document cannot follow them. */
export const OUTSIDE_LINK_CLASS = 'outside-link';

// Defined beside the rule for links to deck files, which publishes assets/ links there too.

const BARE_URL = /(^|[^(<"'\]])(https?:\/\/|www\.)/i;

/** An image, `#slide-id` link or link to a deck file as written; `path` is the front matter value it is in (none: the slide body). */
export interface WrittenTarget {
  kind: 'image' | 'link' | 'file';
  /** The image source, the slide id a link goes to, or the href of a link to a file. */
  target: string;
  path?: YamlPath;
}

/** What a render reports back: links that leave the build, with where they are written, and every target. */
export interface MarkdownEnv {
  [key: string | symbol]: unknown;
  /** Position of the text's first character in its file. */
  at?: SourcePosition;
  /**
   * The text as written, line for line as in the file (a slide body): positions
   * inside it can be found. Without it (a front matter value) `at` is reported.
   */
  written?: string;
  outsideLinks: { id: string; at?: SourcePosition }[];
  /** Links and images with a scheme deckpress refuses (link-schemes.ts). */
  unsafeLinks?: UnsafeLink[];
  /** Collects the images and slide links of the text (its slide's list). */
  targets?: WrittenTarget[];
  /** The front matter value being rendered, for `targets`. */
  path?: YamlPath;
}

export interface UnsafeLink {
  url: string;
  scheme: string;
  what: 'link' | 'image';
  at?: SourcePosition;
}

function unsafeUrl(token: Token): Omit<UnsafeLink, 'at'> | undefined {
  if (token.type !== 'link_open' && token.type !== 'image') return undefined;
  const what = token.type === 'image' ? 'image' : 'link';
  const url = String(token.attrGet(what === 'image' ? 'src' : 'href') ?? '');
  if (what === 'image' ? isAllowedImage(url) : hasAllowedScheme(url)) return undefined;
  return { url, scheme: linkScheme(url) ?? '', what };
}

/** A relative image, a `#slide-id` link (not reveal's `#/3`) or a link to a deck file, as written; undefined for anything else. */
function writtenTarget(token: Token, deck: string | undefined): Omit<WrittenTarget, 'path'> | undefined {
  if (token.type === 'image') {
    const src = String(token.attrGet('src') ?? '');
    return src === '' || /^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(src) ? undefined : { kind: 'image', target: src };
  }
  if (token.type !== 'link_open') return undefined;
  const href = String(token.attrGet('href') ?? '');
  if (deckFileLink(href, deck)) return { kind: 'file', target: href };
  return href.startsWith('#') && !href.startsWith('#/') && href.length > 1 ? { kind: 'link', target: href.slice(1) } : undefined;
}

/**
 * The position of `needle` on a body line the parser mapped (markdown-it gives
 * lines, not columns), searched in the text as written: data references filled
 * in would shift the columns.
 */
function positionOf(needle: string, bodyLine: number | undefined, env: Partial<MarkdownEnv>): SourcePosition | undefined {
  const { at, written } = env;
  if (!at || bodyLine === undefined || written === undefined) return at;
  const lines = written.split('\n');
  for (let i = bodyLine; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle);
    if (column >= 0) return { file: at.file, line: at.line + i, column: (i === 0 ? at.column - 1 : 0) + column + 2 };
  }
  return { file: at.file, line: at.line + bodyLine, column: 1 };
}

/** Rewrites one link or image token; returns the slide id when a link now leaves this build. */
function rewriteLink(token: Token, links: SlideLinks): string | undefined {
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    const target = href.startsWith('#') ? links.elsewhere(linkedSlideId(href.slice(1))) : undefined;
    if (target !== undefined) {
      token.attrSet('href', target);
      token.attrJoin('class', OUTSIDE_LINK_CLASS);
      return href.slice(1);
    }
    const file = deckFileLink(href, links.deck);
    if (file && 'path' in file) token.attrSet('href', publishedFileUrl(file));
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('mailto:')) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener');
    }
  } else if (token.type === 'image') {
    const src = String(token.attrGet('src') ?? '');
    if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) token.attrSet('src', ASSETS_URL + src.replace(/^\.?\//, ''));
  }
}

/** Splits a slide body at its first `#` heading: the headline is shown by the layout, the rest is the body. */
export function renderSlideMarkdown(md: MarkdownIt, body: string, env: MarkdownEnv): { headline?: string; html: string } {
  const tokens = md.parse(body, env);
  const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  let headline: string | undefined;
  if (open >= 0) {
    headline = md.renderer.renderInline(tokens[open + 1]!.children ?? [], md.options, env);
    tokens.splice(open, 3);
  }
  return { headline, html: md.renderer.render(tokens, md.options, env) };
}
