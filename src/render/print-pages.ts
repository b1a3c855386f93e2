/**
 * The print document's pages for one slide: its final state, or one page per
 * fragment step (none shown, then one more each), then a notes page when the deck asks for a handout. Fragment
 * indices are the ones the markdown rules wrote, so steps follow reveal's order.
 */
export interface PrintPage {
  /** Only the first page of a slide carries its id, so `#id` links land on it. */
  id?: string;
  classes: string;
  html: string;
}

const FRAGMENT = /class="fragment"([^>]*?) data-fragment-index="(\d+)"/g;

export function printPages(
  slide: { id: string; classes: string; html: string; notes?: string; headline?: string; number: number },
  mode: { fragments: 'final' | 'steps'; notes: false | 'pages' },
  notesPage: (slide: { notes?: string; headline?: string; number: number }) => string,
): PrintPage[] {
  const steps = mode.fragments === 'steps' ? fragmentCount(slide.html) : 0;
  const pages: PrintPage[] = [];
  for (let step = 0; step <= steps; step++) {
    const html = steps === 0 ? slide.html : slide.html.replace(FRAGMENT, (match, rest: string, index: string) =>
      Number(index) < step ? match : `class="fragment print-hidden"${rest} data-fragment-index="${index}"`);
    pages.push({ ...(step === 0 ? { id: slide.id } : {}), classes: slide.classes, html });
  }
  if (mode.notes === 'pages' && slide.notes) pages.push({ classes: 'notes-page', html: notesPage(slide) });
  return pages;
}

function fragmentCount(html: string): number {
  return new Set([...html.matchAll(FRAGMENT)].map((m) => m[2])).size;
}
