import { describe, expect, it } from 'vitest';
import { markdownRuns, type RunContext } from '../../../src/pptx/markdown-runs.js';
import { defaultPptxTheme } from '../../../src/pptx/pptx-theme.js';
import { fileLinks } from '../../../src/pptx/deck-file-links.js';
import { linkTarget } from '../../../src/pptx/slide-text.js';
import { createMarkdown } from '../../../src/render/markdown.js';

const md = createMarkdown();
const slides = new Map([['nobel-prizes', 7]]);
/** The deck files this test's deck publishes (as the compile found them): a data file and an asset. */
const deckFiles = { assets: new Set(['appendix.pdf']), linkedFiles: new Set(['data/revenue 2024.csv']) };
let files = fileLinks(deckFiles);
const ctx: RunContext = { theme: defaultPptxTheme, color: '#2b3036', strongColor: '#111418', fontSize: 22, link: (href) => linkTarget(href, slides, files) };
const runs = (text: string) => markdownRuns(md.parse(text, { outsideLinks: [] }), ctx);

describe('markdownRuns', () => {
  it('keeps a bullet with bold and a link as one paragraph of runs, its options on the first run', () => {
    const { runs: out } = runs('- Revenue grew **3×** ([the evidence](#nobel-prizes)) in [2024](https://example.org)\n');
    expect(out.map((r) => r.text)).toEqual(['Revenue grew ', '3×', ' (', 'the evidence', ') in ', '2024']);
    expect(out[0]!.options).toMatchObject({ bullet: { characterCode: '2022' }, indentLevel: 0 });
    expect(out.slice(1).every((r) => r.options?.bullet === undefined)).toBe(true);
    expect(out[1]!.options).toMatchObject({ bold: true, color: '111418' });
    expect(out[3]!.options?.hyperlink).toEqual({ slide: 7 });
    expect(out[5]!.options?.hyperlink).toEqual({ url: 'https://example.org' });
    expect(out.filter((r) => r.options?.breakLine)).toHaveLength(1);
    expect(out[5]!.options?.breakLine).toBe(true);
  });

  it('gives nested items their level and numbers ordered lists', () => {
    const { runs: out } = runs('1. first\n   - inner\n2. second\n');
    expect(out.map((r) => [r.text, r.options?.indentLevel, (r.options?.bullet as { type?: string; numberStartAt?: number })?.numberStartAt])).toEqual([
      ['first', 0, 1],
      ['inner', 1, undefined],
      ['second', 0, 2],
    ]);
  });

  it('makes the blockquote the takeaway: an arrow, accent colour, bold', () => {
    const { runs: out } = runs('> The answer is no.\n');
    expect(out.map((r) => r.text).join('')).toBe('→ The answer is no.');
    expect(out.every((r) => r.options?.color === 'D9480F' && r.options?.bold)).toBe(true);
  });

  it('hands tables and images back for the layout, and keeps a link to a slide not in this file as text', () => {
    const out = runs('| a | b |\n|---|--:|\n| 1 | [x](#elsewhere) |\n\n![A chart](chart.svg)\n');
    expect(out.tables).toHaveLength(1);
    expect(out.tables[0]!.align).toEqual(['left', 'right']);
    expect(out.tables[0]!.rows[0]![1]![0]!.options?.hyperlink).toBeUndefined();
    expect(out.images).toEqual([{ src: 'assets/media/chart.svg', alt: 'A chart' }]);
  });

  it('links a deck file to its published copy, relative to the .pptx, and collects it; anything else stays text', () => {
    files = fileLinks(deckFiles);
    const { runs: out } = runs('[data](data/revenue%202024.csv#row=2) [pdf](./assets/appendix.pdf) [gone](data/other.csv) [up](../secret.txt) [page](index.html)\n');
    const links = out.filter((r) => r.text.trim()).map((r) => [r.text, r.options?.hyperlink]);
    expect(links).toEqual([
      ['data', { url: 'assets/files/data/revenue%202024.csv#row=2' }],
      ['pdf', { url: 'assets/media/appendix.pdf' }],
      ['gone', undefined],
      ['up', undefined],
      ['page', undefined],
    ]);
    expect([...files.linked].sort()).toEqual([
      ['assets/files/data/revenue 2024.csv', 'data/revenue 2024.csv'],
      ['assets/media/appendix.pdf', 'assets/appendix.pdf'],
    ]);
  });
});
