/** The slide markdown rules: fragments, takeaway, links, image paths, and the headline split. */
import { describe, expect, it } from 'vitest';
import { createMarkdown, renderSlideMarkdown } from '../../../src/render/markdown.js';

const md = createMarkdown();
const render = (body: string) => renderSlideMarkdown(md, body, { outsideLinks: [] });

describe('slide markdown', () => {
  it('turns + list items into fragments numbered in document order, across lists', () => {
    const { html } = render('+ one\n+ two\n\ntext\n\n+ three\n');
    expect([...html.matchAll(/<li class="fragment" data-fragment-index="(\d+)">(\w+)<\/li>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', 'one'], ['1', 'two'], ['2', 'three'],
    ]);
  });

  it('leaves - and * lists, and items nested in a + item under another marker, alone', () => {
    const { html } = render('- dash\n* star\n\n+ plus\n  - nested\n');
    expect(html.match(/class="fragment"/g)).toHaveLength(1);
    expect(html).toContain('<li>dash</li>');
    expect(html).toContain('<li>nested</li>');
  });

  it('marks a blockquote as the takeaway', () => {
    expect(render('> The point.').html).toBe('<blockquote class="takeaway">\n<p>The point.</p>\n</blockquote>\n');
  });

  it('opens external links in a new tab and keeps slide links and mailto in place', () => {
    const { html } = render('[a](https://example.org/x) [b](#openai-revenue) [c](mailto:a@example.org) [d](index.html#/2)');
    expect(html).toContain('<a href="https://example.org/x" target="_blank" rel="noopener">a</a>');
    expect(html).toContain('<a href="#openai-revenue">b</a>');
    expect(html).toContain('<a href="mailto:a@example.org">c</a>');
    expect(html).toContain('<a href="index.html#/2">d</a>');
  });

  it('points links to files of the deck at their published copies', () => {
    const { html } = render('[a](data/revenue.csv) [b](./assets/appendix%20A.pdf#page=2) [c](other.html)');
    expect(html).toContain('<a href="assets/files/data/revenue.csv">a</a>');
    expect(html).toContain('<a href="assets/media/appendix%20A.pdf#page=2">b</a>');
    expect(html).toContain('<a href="assets/files/other.html">c</a>');
  });

  it('also opens linkified bare URLs in a new tab', () => {
    expect(render('See https://www.stateof.ai for more').html).toContain('<a href="https://www.stateof.ai" target="_blank" rel="noopener">');
  });

  it('points relative image paths into the copied assets and leaves URLs alone', () => {
    const { html } = render('![a](chart.png) ![b](./img/x.svg) ![c](https://example.org/y.png) ![d](/abs.png)');
    expect([...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'assets/media/chart.png', 'assets/media/img/x.svg', 'https://example.org/y.png', '/abs.png',
    ]);
  });

  it('takes the first # heading out of the body as the headline, inline markup rendered', () => {
    const { headline, html } = render('Intro line\n\n# Revenue *tripled* in [2024](#y)\n\n## Sub\n\n# Second h1 stays\n');
    expect(headline).toBe('Revenue <em>tripled</em> in <a href="#y">2024</a>');
    expect(html).toBe('<p>Intro line</p>\n<h2>Sub</h2>\n<h1>Second h1 stays</h1>\n');
  });

  it('has no headline when the slide has no # heading', () => {
    expect(render('## Only a subheading').headline).toBeUndefined();
  });

  it('applies typographic quotes and dashes', () => {
    expect(render('"AI" -- not a bubble').html).toBe('<p>“AI” – not a bubble</p>\n');
  });

  it('records every image and slide link as written, for the build to check', () => {
    const targets: { kind: string; target: string }[] = [];
    renderSlideMarkdown(md, '# H\n\n![a](img/x.png) [b](#next) [c](#/3) [d](https://example.org) ![e](https://example.org/y.png)\n', { outsideLinks: [], targets });
    expect(targets).toEqual([{ kind: 'image', target: 'img/x.png' }, { kind: 'link', target: 'next' }]);
  });

  it('has a lint flavour from the same factory that parses alike but rewrites nothing', () => {
    const source = '+ step\n\n![a](x.png) [b](https://example.org)\n';
    const lint = createMarkdown(undefined, 'lint');
    expect(lint.render(source)).toBe('<ul>\n<li>step</li>\n</ul>\n<p><img src="x.png" alt="a"> <a href="https://example.org">b</a></p>\n');
    expect(md.render(source)).toContain('src="assets/media/x.png"');
    expect(lint.parse(source, {}).map((t) => t.type)).toEqual(md.parse(source, {}).map((t) => t.type));
  });
});
