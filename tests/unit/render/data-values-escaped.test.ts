/** A `{{ }}` value is text wherever it lands: HTML and Markdown in a data cell are shown as written, never run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

const HOSTILE = '<img src=x onerror=alert(1)> [x](https://evil.example/) **bold** `code` &amp;';
let deck: string;
let pages: { name: string; html: string }[];

beforeAll(async () => {
  deck = await writeTmpDeck({
    'data/cells.yaml': `evil: ${JSON.stringify(HOSTILE)}\n`,
    'sections/01-a.md': [
      '---', 'title: A', '---', '',
      '---', 'layout: stat',
      'stats: [{ value: "{{ cells.evil }}", label: "{{ cells.evil }}" }]',
      'notes: "Notes {{ cells.evil }}"',
      '---', '', '# Head {{ cells.evil }}', '', 'Body {{ cells.evil }}', '',
      '---', 'layout: quote', 'quote: "{{ cells.evil }}"', 'by: "{{ cells.evil }}"', '---', '',
      '---', 'layout: compare', 'left: { title: "{{ cells.evil }}", body: "L {{ cells.evil }}" }', 'right: { title: R, body: "R {{ cells.evil }}" }', '---', '',
      '# Compare', '',
    ].join('\n'),
    'deck.yaml': 'title: T\npdf: { notes: pages }\n',
  });
  const compiled = await compileDeck(deck);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { rendered } = compiled.targets[0]!;
  pages = [{ name: 'index.html', html: rendered.indexHtml }, { name: 'print.html', html: rendered.printHtml }];
});
afterAll(() => removeTmpDeck(deck));

describe('interpolated values', () => {
  it('are never raw HTML or Markdown in index.html or print.html', () => {
    for (const { name, html } of pages) {
      expect(html, name).not.toContain('<img src=x');
      expect(html, name).not.toContain('href="https://evil.example/"');
      expect(html, name).not.toContain('<strong>bold</strong>');
      expect(html, name).not.toContain('<code>code</code>');
    }
  });

  it('show the value as written, escaped, in the headline, body, stats, quote, by, compare and notes', () => {
    const shown = '&lt;img src=x onerror=alert(1)&gt; [x](https://evil.example/) **bold** `code` &amp;amp;';
    for (const { name, html } of pages) {
      // headline, body, stat value and label, quote, by, compare title and two bodies, notes (print: notes page)
      const count = html.split(shown).length - 1;
      expect(count, name).toBeGreaterThanOrEqual(9);
    }
  });
});
