/**
 * A part of the print document: the same page as print.html with only pages
 * [first, first + count). The PDF engine prints a large deck as such parts
 * (src/pdf/print-chunks.ts): Chrome's printing cost per page grows with the
 * document, and each part is small. Written here, from the pages in memory,
 * rather than by removing pages in the browser: a tab that parses the whole
 * print document for each part spends as long as the part's printing on it.
 *
 * A link to an element of a page outside the part points at
 * `x-deckpress-page:<page index>` instead; the join of the parts' PDFs
 * (src/pdf/rewrite/join-pdfs.ts) turns it into a link to that page.
 */
import { linkedSlideId } from './decode-link.js';
import type { PrintPage } from './print-pages.js';

export const PAGE_LINK_SCHEME = 'x-deckpress-page:';

export type PrintChunk = (first: number, count: number) => string;

// Attribute values as the templates and markdown-it write them: double-quoted, escaped.
const ID = /\sid="([^"]*)"/g;
const FRAGMENT_LINK = /(\shref=")#([^"]*)"/g;

export function printChunkRenderer(pages: PrintPage[], render: (pages: PrintPage[]) => string): PrintChunk {
  let pageOf: Map<string, number> | undefined;
  return (first, count) => {
    pageOf ??= idPages(pages);
    const pointed = (page: PrintPage): PrintPage => ({
      ...page,
      html: page.html.replace(FRAGMENT_LINK, (link, start: string, id: string) => {
        const at = pageOf!.get(id) ?? pageOf!.get(linkedSlideId(id));
        return at === undefined || (at >= first && at < first + count) ? link : `${start}${PAGE_LINK_SCHEME}${at}"`;
      }),
    });
    return render(pages.slice(first, first + count).map(pointed));
  };
}

/** The page of every id in the document (the first, as a browser finds it). */
function idPages(pages: PrintPage[]): Map<string, number> {
  const pageOf = new Map<string, number>();
  pages.forEach((page, index) => {
    if (page.id !== undefined && !pageOf.has(page.id)) pageOf.set(page.id, index);
    for (const [, id] of page.html.matchAll(ID)) if (!pageOf.has(id!)) pageOf.set(id!, index);
  });
  return pageOf;
}

