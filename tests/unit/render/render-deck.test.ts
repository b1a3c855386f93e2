/** renderDeck through the pipeline: one <section> per slide in index.html, pages and outline of print.html. */
import { describe, expect, it } from 'vitest';
import { compileFiles, section } from '../../helpers/compile-files.js';

const files = (deckYaml: string) => ({
  'deck.yaml': deckYaml,
  'sections/01-a.md': section('Part <A> & more', [
    'id: steps\nnotes: Say *this*.\n---\n\n# Three steps\n\n+ one\n+ two\n+ three',
    'id: plain\n---\n\n# A plain slide',
  ]),
  'sections/02-b.md': section('Part B', ['id: b1\n---\n\n# B one']),
});

describe('renderDeck', () => {
  it('writes one section per slide into index.html with ids, numbers and notes', async () => {
    const { targets } = await compileFiles(files('title: Deck <one>\nlang: en\n'));
    const { model, rendered } = targets[0]!;
    const sections = [...rendered.indexHtml.matchAll(/<section id="([^"]+)" class="([^"]+)" data-number="(\d+)">/g)];
    expect(sections.map((m) => [m[1], Number(m[3])])).toEqual(model.slides.map((s) => [s.id, s.number]));
    expect(sections.find((m) => m[1] === 'steps')![2]).toBe('slide layout-content has-chrome');
    expect(rendered.indexHtml).toContain('<aside class="notes"><p>Say <em>this</em>.</p>\n</aside>');
    expect(rendered.indexHtml).toContain('<title>Deck &lt;one&gt;</title>');
    expect(rendered.indexHtml).toContain('<h1 class="section-title">Part &lt;A&gt; &amp; more</h1>');
    expect(rendered.indexHtml).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('prints one page per slide, with an outline of sections and their slides', async () => {
    const { targets } = await compileFiles(files('title: Deck\n'));
    const { model, rendered } = targets[0]!;
    expect(rendered.pageCount).toBe(model.slides.length);
    expect(rendered.printHtml.match(/<section id="[^"]+" class="slide /g)).toHaveLength(model.slides.length);
    expect(rendered.outline.map((e) => [e.title, e.page, e.children.map((c) => c.title)])).toEqual([
      ['Deck', 0, []],
      ['Contents', 1, []],
      ['Part <A> & more', 2, ['Three steps', 'A plain slide']],
      ['Part B', 5, ['B one']],
    ]);
  });

  it('prints fragment steps and notes pages when deck.yaml asks', async () => {
    const { targets } = await compileFiles(files('title: Deck\npdf: { fragments: steps, notes: pages }\n'));
    const { model, rendered } = targets[0]!;
    // 3 fragments → 4 pages for that slide, plus its notes page.
    expect(rendered.pageCount).toBe(model.slides.length + 3 + 1);
    expect(rendered.printHtml.match(/print-hidden/g)).toHaveLength(3 + 2 + 1);
    expect(rendered.printHtml).toContain('<section class="notes-page">');
    expect(rendered.outline.find((e) => e.title === 'Part B')!.page).toBe(2 + 1 + 4 + 1 + 1);
  });
});
