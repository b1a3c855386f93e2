/** printPages: one page per slide (fragments shown), or one per fragment step; notes pages on request. */
import { describe, expect, it } from 'vitest';
import { printPages } from '../../../src/render/print-pages.js';

const html = '<ul>\n<li class="fragment" data-fragment-index="0">a</li>\n<li class="fragment" data-fragment-index="1">b</li>\n</ul>';
const slide = { id: 's1', classes: 'slide layout-content', html, notes: '<p>Say this.</p>', headline: 'Head', number: 4 };
const notesPage = (s: { notes?: string; headline?: string; number: number }) => `notes ${s.number}: ${s.headline} ${s.notes}`;
const hidden = (page: { html: string }) => [...page.html.matchAll(/class="fragment( print-hidden)?" data-fragment-index="(\d)"/g)].map((m) => (m[1] ? `-${m[2]}` : `+${m[2]}`));

describe('printPages', () => {
  it('prints the final state once with fragments shown', () => {
    const pages = printPages(slide, { fragments: 'final', notes: false }, notesPage);
    expect(pages).toEqual([{ id: 's1', classes: 'slide layout-content', html }]);
  });

  it('prints one page per fragment step, the id on the first page only', () => {
    const pages = printPages(slide, { fragments: 'steps', notes: false }, notesPage);
    expect(pages.map((p) => p.id)).toEqual(['s1', undefined, undefined]);
    expect(pages.map(hidden)).toEqual([['-0', '-1'], ['+0', '-1'], ['+0', '+1']]);
  });

  it('counts fragments sharing an index as one step', () => {
    const shared = html.replace('data-fragment-index="1"', 'data-fragment-index="0"');
    expect(printPages({ ...slide, html: shared }, { fragments: 'steps', notes: false }, notesPage)).toHaveLength(2);
  });

  it('prints a slide without fragments once in steps mode', () => {
    expect(printPages({ ...slide, html: '<p>x</p>' }, { fragments: 'steps', notes: false }, notesPage)).toHaveLength(1);
  });

  it('adds a notes page after a slide with notes, and none without', () => {
    const pages = printPages(slide, { fragments: 'final', notes: 'pages' }, notesPage);
    expect(pages.at(-1)).toEqual({ classes: 'notes-page', html: 'notes 4: Head <p>Say this.</p>' });
    expect(pages).toHaveLength(2);
    expect(printPages({ ...slide, notes: undefined }, { fragments: 'final', notes: 'pages' }, notesPage)).toHaveLength(1);
  });
});
