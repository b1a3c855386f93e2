/**
 * The one PDF post-processor on Chrome's real output: decks exported by
 * `deckpress pdf` as untagged and tagged PDFs, with fragment steps and notes
 * pages, CJK text, a raster image, a vector chart, external and internal links.
 * Every file is checked by qpdf and read back with poppler (metadata, outline,
 * links, destinations, text per page), tools that are not ours.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { pageText, pagesText, pdfinfo } from './helpers/read-pdf.js';

const EXTERNAL = 'https://www.stateof.ai/';
const CJK_HEADLINE = '人工智慧不是泡沫';

const SECTIONS = {
  '01-opening.md': `---
title: Opening words
---

---
id: links
notes: |
  Speaker notes about the links slide.
---

# Links and a picture

- Read [the report](${EXTERNAL}) or jump to [the numbers](#numbers).

![A red square](square.png)

---
id: numbers
layout: chart
chart: { type: column, data: revenue.csv, x: year, y: revenue_usd, format: usd-compact }
sources: ["The Information, 2024"]
---

# Revenue by year
`,
  '02-steps.md': `---
title: Steps and scripts
---

---
id: steps
---

# Three points in turn

+ First point
+ Second point
+ Third point

---
id: cjk
---

# ${CJK_HEADLINE}

- 生成式人工智慧的收入成長
`,
  'data/revenue.csv': 'year,revenue_usd\n2022,28000000\n2024,3700000000\n',
};

const DECKS = {
  final: 'lang: en\n',
  steps: 'lang: en\npdf: { fragments: steps, notes: pages, tagged: true }\n',
  cjk: 'lang: zh-Hant\npdf: { tagged: true }\n',
} as const;
type Name = keyof typeof DECKS;

let work: string;
const pdfs = {} as Record<Name, string>;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-corpus-');
  const png = join(work, 'square.png');
  // A raster image made by a tool that is not ours.
  execFileSync(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--disable-gpu', `--screenshot=${png}`, '--window-size=64,48', 'data:text/html,<body style="background:%23e5533d">'], { stdio: 'ignore' });
  for (const [name, settings] of Object.entries(DECKS)) {
    const files: Record<string, string | Uint8Array> = {
      'deck.yaml': `title: Corpus ${name}\nauthors: [Air Street Press]\ndate: 2024-10-15\n${settings}`,
      'assets/square.png': await readFile(png),
    };
    for (const [path, text] of Object.entries(SECTIONS)) files[path.startsWith('data/') ? path : `sections/${path}`] = text;
    await writeFiles(join(work, 'decks', name), files);
  }
  const { code, stderr } = await runCli(['pdf', '--out', 'out'], work, { CHROME_PATH: CHROMIUM_PATH });
  expect(code, stderr).toBe(0);
  for (const name of Object.keys(DECKS) as Name[]) pdfs[name] = join(work, 'out', name, `${name}.pdf`);
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const pages = (name: Name) => Number(pdfinfo(pdfs[name]).Pages);
const texts = (name: Name) => pagesText(pdfs[name]);

/** poppler's outline, as pdftohtml -xml prints it: titles and 1-based pages, nested. */
function outline(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { encoding: 'utf8' });
  const block = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
  let depth = -1;
  const items: string[] = [];
  for (const token of block.matchAll(/<(\/?)outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else items.push(`${'  '.repeat(depth)}${token[3]} @${token[2]}`);
  }
  return items;
}

describe.each(Object.keys(DECKS) as Name[])('Chrome’s PDF of the "%s" deck, post-processed', (name) => {
  it('passes qpdf --check without a warning', () => {
    const check = spawnSync('qpdf', ['--check', pdfs[name]], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.stderr).toBe('');
  });

  it('carries the deck’s metadata, dated by the deck; tagged only when asked', () => {
    const info = pdfinfo(pdfs[name]);
    expect(info).toMatchObject({ Title: `Corpus ${name}`, Author: 'Air Street Press', Creator: 'deckpress 0.1.0', CreationDate: '2024-10-15T00:00:00Z', ModDate: '2024-10-15T00:00:00Z' });
    expect(info.Producer).toMatch(/^Skia\/PDF m\d+/);
    expect(info.Tagged).toBe(name === 'final' ? 'no' : 'yes');
  });

  it('has an outline of sections and their slides, each at the page that shows it', () => {
    const [contents, references] = name === 'cjk' ? ['目錄', '參考資料'] : ['Contents', 'References'];
    const items = outline(pdfs[name]);
    expect(items.map((i) => i.replace(/ @\d+$/, ''))).toEqual([
      `Corpus ${name}`, contents,
      'Opening words', '  Links and a picture', '  Revenue by year',
      'Steps and scripts', '  Three points in turn', `  ${CJK_HEADLINE}`,
      references,
    ]);
    for (const item of items) {
      const [, title, page] = /^\s*(.*) @(\d+)$/.exec(item)!;
      expect(pageText(pdfs[name], Number(page)).replace(/\s+/g, ' ')).toContain(title);
    }
  });

  it('keeps the external link, and internal links as named destinations', () => {
    const urls = execFileSync('pdfinfo', ['-url', pdfs[name]], { encoding: 'utf8' });
    expect(urls).toContain(EXTERNAL);
    const dests = execFileSync('pdfinfo', ['-dests', pdfs[name]], { encoding: 'utf8' });
    expect(dests).toMatch(/\bnumbers\b/);
  });

  it('draws the raster image and keeps the headlines as text, CJK included', () => {
    const images = execFileSync('pdfimages', ['-list', pdfs[name]], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images.length).toBeGreaterThanOrEqual(1);
    const all = texts(name).join('\n');
    for (const headline of ['Links and a picture', 'Revenue by year', 'Three points in turn', CJK_HEADLINE]) expect(all).toContain(headline);
  });
});

describe('fragment steps and notes pages', () => {
  it('prints one page per fragment step, and a notes page after the slide with notes', () => {
    const final = texts('final');
    const steps = texts('steps');
    expect(final.filter((t) => t.includes('Three points in turn'))).toHaveLength(1);
    const stepPages = steps.filter((t) => t.includes('Three points in turn'));
    expect(stepPages.length).toBeGreaterThanOrEqual(3);
    expect(stepPages[0]).not.toContain('Third point');
    expect(stepPages[stepPages.length - 1]).toContain('Third point');
    const notes = steps.findIndex((t) => t.includes('Speaker notes about the links slide.'));
    expect(notes).toBeGreaterThan(0);
    expect(steps[notes - 1]).toContain('Links and a picture');
    expect(final.join('\n')).not.toContain('Speaker notes about the links slide.');
    expect(pages('steps')).toBeGreaterThan(pages('final'));
  });
});
