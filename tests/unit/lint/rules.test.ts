/** Edge cases of the lint rules, on small decks written to a temporary folder. */
import { relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintDeck } from '../../../src/lint/lint-deck.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

const FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>';
const decks: string[] = [];
afterEach(async () => {
  await Promise.all(decks.splice(0).map(removeTmpDeck));
});

/** Lints a deck of one section (sections/01-intro.md, front matter on lines 1-3); returns "line:column Code". */
async function lint(slides: string, extra: Record<string, string> = {}): Promise<string[]> {
  const dir = await writeTmpDeck({ 'sections/01-intro.md': `---\ntitle: Intro\n---\n\n${slides}`, 'assets/figure.svg': FIGURE, ...extra });
  decks.push(dir);
  const { diagnostics } = await lintDeck(dir);
  const shown = relative(process.cwd(), dir);
  return diagnostics.map((d) => `${d.file.slice(shown.length + 1)}:${d.line}:${d.column} ${d.code}`);
}

const S = 'sections/01-intro.md';

describe('slide links', () => {
  it('accept ids of authored slides (written or derived), section dividers, title, agenda and references', async () => {
    expect(
      await lint(
        '---\nid: first\nsources: [x]\n---\n\n# First\n\n[a](#first) [b](#intro) [c](#title) [d](#agenda) [e](#intro-second-slide) [f](#/3) [g](https://example.org/#x)\n\n---\n\n# Second slide\n',
        { 'sections/02-more.md': '---\ntitle: More\n---\n\n---\n\n# More\n\n[back](#references)\n' },
      ),
    ).toEqual([]);
  });

  it('report each broken link at its "#", twice on one line, and reference-style links at their definition target', async () => {
    expect(await lint('---\nid: first\n---\n\n# First\n\nSee [a](#nope) and [b](#nope).\n\nAlso [c][ref].\n\n[ref]: #gone\n')).toEqual([
      `${S}:11:9 BrokenSlideLink`,
      `${S}:11:24 BrokenSlideLink`,
      `${S}:15:8 BrokenSlideLink`,
    ]);
  });
});

describe('Markdown images', () => {
  it('find each missing image at its source, and accept encoded, angle-bracket and remote sources', async () => {
    expect(
      await lint('---\nid: first\n---\n\n# First\n\n![a](x.svg) ![b](x.svg)\n\n![c](<my figure.svg>) ![d](figure.svg) ![e](https://example.org/e.png) ![f](data:image/png;base64,AAAA)\n', {
        'assets/my figure.svg': FIGURE,
      }),
    ).toEqual([`${S}:11:6 ImageNotFound`, `${S}:11:18 ImageNotFound`]);
  });
});

describe('headlines', () => {
  it('are optional on quote, image and closing slides; a setext heading counts; one in a code fence does not', async () => {
    expect(
      await lint(
        '---\nlayout: quote\nquote: Q\n---\n\n---\nlayout: image\nimage: { src: figure.svg, alt: A }\n---\n\n---\nlayout: closing\n---\n\nThanks\n\n' +
          '---\n\nSetext headline\n===============\n\n---\n\n```\n# not a headline\n```\n',
      ),
    ).toEqual([`${S}:26:1 MissingHeadline`]);
  });

  it('are not checked on hidden slides, nor in sections left out', async () => {
    expect(await lint('---\nhidden: true\n---\n\nNo headline, no source: {{ facts.x }}\n')).toEqual([]);
  });
});

describe('sources', () => {
  it('are required where data is shown, and an escaped \\{{ is not data', async () => {
    expect(
      await lint('---\nsources: []\nchart: { type: column, data: r.csv, x: a, y: b }\n---\n\n# A chart\n\n---\n\n# Literal \\{{ braces }}\n', { 'data/r.csv': 'a,b\n1,2\n' }),
    ).toEqual([`${S}:5:1 MissingSource`]);
  });
});

describe('empty sections', () => {
  it('are not reported when the file already has an error that dropped its slides', async () => {
    expect(await lint('---\nid: [not, a, string]\n---\n\n# Broken\n')).toEqual([`${S}:6:5 InvalidValue`]);
  });
});

describe('variants', () => {
  it('report tags that no slide carries, and a variant that selects nothing', async () => {
    const found = await lint('---\ntags: [talk]\n---\n\n# Tagged\n', { 'deck.yaml': 'title: T\nvariants:\n  talk: { tags: [talk] }\n  board: { tags: [bord] }\n' });
    expect(found).toEqual(['deck.yaml:4:3 EmptyVariant', 'deck.yaml:4:19 UnknownVariantEntry']);
  });

  it('count as selected only the slides a build of the variant takes: not hidden ones, not from an appendix', async () => {
    const found = await lint('---\ntags: [talk]\nhidden: true\n---\n\n# Hidden\n\n---\nid: kept\n---\n\n# Kept\n', {
      'sections/02-appendix.md': '---\ntitle: Appendix\nkind: appendix\n---\n\n---\ntags: [extra]\n---\n\n# Extra\n',
      'deck.yaml': 'title: T\nvariants:\n  talk: { tags: [talk] }\n  extra: { tags: [extra] }\n  byid: { ids: [kept] }\n  bysection: { sections: [intro] }\n',
    });
    expect(found).toEqual(['deck.yaml:3:3 EmptyVariant', 'deck.yaml:4:3 EmptyVariant']);
  });
});

describe('links and images shown as text', () => {
  async function hints(body: string): Promise<string[]> {
    const dir = await writeTmpDeck({ 'sections/01-intro.md': `---\ntitle: Intro\n---\n\n---\nid: first\nsources: [x]\n---\n\n# First\n\n${body}\n` });
    decks.push(dir);
    const { diagnostics } = await lintDeck(dir);
    return diagnostics.filter((d) => d.code === 'LinkShownAsText').map((d) => d.hint ?? '');
  }

  it('suggest the target with its spaces escaped, and a # or ? of a file name, not of a fragment or a URL', async () => {
    const found = await hints("[a](notes 2024.pdf#page=2) [b](https://example.org/a b?q=1#x) ![c](q3 #2.svg) [d](data/q?1 (v2).csv) [e](my file.pdf?v=1.5) [f](it's -- final (c).pdf)");
    expect(found).toEqual([
      'Write each space as %20: [a](notes%202024.pdf#page=2). A # or ? that is part of a file name is written %23 or %3F.',
      'Write each space as %20: [b](https://example.org/a%20b?q=1#x). A # or ? that is part of a file name is written %23 or %3F.',
      'Write each space as %20: ![c](q3%20%232.svg). A # or ? that is part of a file name is written %23 or %3F.',
      'Write each space as %20: [d](data/q%3F1%20(v2).csv). A # or ? that is part of a file name is written %23 or %3F.',
      'Write each space as %20: [e](my%20file.pdf?v=1.5). A # or ? that is part of a file name is written %23 or %3F.',
      "Write each space as %20: [f](it's%20--%20final%20(c).pdf).",
    ]);
  });

  it('leave text that is not a link by intent: escaped brackets, code, a target without a space, a link written right', async () => {
    expect(await hints('\\[a\\](b c) `[d](e f)` [g] (h i) [j](k) [l](<m n.csv>)\n\n```\n[o](p q)\n```\n\n| [Plan] | (see page 2) |\n| --- | --- |\n| [1] | (n = 200) |')).toEqual([]);
  });

  it('are placed at the target as written, not at the same words earlier on the line', async () => {
    const dir = await writeTmpDeck({ 'sections/01-intro.md': '---\ntitle: Intro\n---\n\n---\nid: first\nsources: [x]\n---\n\n# First\n\nSee notes 2024.pdf and [notes 2024.pdf](notes 2024.pdf).\n' });
    decks.push(dir);
    const { diagnostics } = await lintDeck(dir);
    expect(diagnostics.filter((d) => d.code === 'LinkShownAsText')).toMatchObject([{ line: 12, column: 41 }]);
  });
});

describe('source links', () => {
  it('are full addresses: one without a scheme is an error that suggests https:// where it reads as a domain', async () => {
    const dir = await writeTmpDeck({ 'sections/01-intro.md': '---\ntitle: Intro\n---\n\n---\nid: first\nsources:\n  - { text: A, url: "www.sec.gov" }\n  - { text: B, url: "sec.gov/filing" }\n  - { text: C, url: "report.pdf" }\n  - { text: D, url: "mailto:a@b.org" }\n---\n\n# First\n' });
    decks.push(dir);
    const { diagnostics } = await lintDeck(dir);
    expect(diagnostics.filter((d) => d.code === 'InvalidValue').map((d) => [d.line, d.hint])).toEqual([
      [8, 'Expected a full address, such as "https://www.sec.gov".'],
      [9, 'Expected a full address, such as "https://sec.gov/filing".'],
      [10, 'Expected a full address that starts with https:// (or http:// or mailto:).'],
    ]);
  });
});
