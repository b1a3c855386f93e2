import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

/**
 * The one markdown-it instance for slide text. Rules, in order:
 * - `+` list items become reveal fragments, numbered in document order;
 * - a blockquote is the slide's takeaway line;
 * - external links open in a new tab; `#slide-id` links stay in the deck;
 * - relative image paths point into the copied assets folder.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: true });
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
    for (const token of state.tokens) for (const child of token.children ?? []) rewriteLink(child);
  });
  return md;
}

export const ASSETS_URL = 'assets/media/';

function rewriteLink(token: Token): void {
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
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
export function renderSlideMarkdown(md: MarkdownIt, body: string): { headline?: string; html: string } {
  const tokens = md.parse(body, {});
  const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  let headline: string | undefined;
  if (open >= 0) {
    headline = md.renderer.renderInline(tokens[open + 1]!.children ?? [], md.options, {});
    tokens.splice(open, 3);
  }
  return { headline, html: md.renderer.render(tokens, md.options, {}) };
}
