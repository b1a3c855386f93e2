/**
 * A slide's link to a file of the deck (`[the data](data/revenue.csv)`, an asset)
 * is a hyperlink in the .pptx, as in the HTML deck and the PDF: to the file's
 * published copy, relative to the .pptx, which `deckpress pptx` publishes beside it
 * as the HTML build does. Read back with `unzip` (the slide's relationships) and
 * LibreOffice Impress (the link it resolves, from its flat ODF export).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { odpSpans } from './helpers/read-fodp.js';
import { libreOfficeConvert, part, relationships, slideParts } from './helpers/read-pptx.js';

const FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#e4572e"/></svg>';
const REVENUE = 'year,usd\n2023,4\n2024,6\n';
const deck = {
  'deck.yaml': 'title: Links\nlang: en\n',
  'assets/a (b).svg': FIGURE,
  'data/revenue.csv': REVENUE,
  'data/unlinked.csv': REVENUE,
  'sections/01-links.md': `---
title: Links
---

---
id: files
---

# A slide that links to files beside the .pptx

- [the data](data/revenue.csv#row=2) and [the figure](assets/a%20(b).svg)
- [A web page](https://example.org/report) and [the web version](index.html#files)
`,
};

let work: string;
let pptx: string;
const fromDeck = { 'assets/files/data/revenue.csv': REVENUE, 'assets/media/a (b).svg': FIGURE };

beforeAll(async () => {
  work = await makeTmpDir('deckpress-pptx-file-links-');
  await writeFiles(join(work, 'decks', 'links'), deck);
  const result = await runCli(['pptx', 'decks/links', '--out', 'out'], work);
  expect(result.code, result.stderr).toBe(0);
  pptx = join(work, 'out', 'links', 'links.pptx');
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

/** The hyperlink targets of the slide whose text holds `text` (internal ones marked). */
function slideLinks(text: string): string[] {
  const slide = slideParts(pptx).find((name) => part(pptx, name).includes(text))!;
  const rels = slide.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels');
  return relationships(pptx, rels).filter((r) => r.type === 'hyperlink').map((r) => `${r.target}${r.external ? '' : ' (internal)'}`).sort();
}

it('links the deck files to their published copies, relative to the .pptx, and web links as they are', () => {
  expect(slideLinks('the data')).toEqual(['assets/files/data/revenue.csv#row=2', 'assets/media/a%20(b).svg', 'https://example.org/report']);
});

it('publishes each linked file beside the .pptx as it is in the deck, and nothing else', async () => {
  for (const target of slideLinks('the data').filter((t) => !/^[a-z]+:/.test(t))) {
    const file = fileURLToPath(new URL(target, pathToFileURL(join(dirname(pptx), '/'))));
    expect(existsSync(file), target).toBe(true);
  }
  for (const [copy, content] of Object.entries(fromDeck)) expect(await readFile(join(dirname(pptx), copy), 'utf8')).toBe(content);
  const listing = await readdir(dirname(pptx), { recursive: true, withFileTypes: true });
  const files = listing.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dirname(pptx).length + 1)).sort();
  expect(files).toEqual(['assets/files/data/revenue.csv', 'assets/media/a (b).svg', 'links.pptx']);
});

it('is read by LibreOffice Impress as links to those copies', () => {
  const lo = join(work, 'lo');
  const spans = odpSpans(libreOfficeConvert(pptx, lo, 'fodp'));
  // LibreOffice resolves each link against the .pptx and writes it relative to the .fodp it saves.
  const resolved = (href: string) => fileURLToPath(new URL(href.replace(/#.*$/, ''), pathToFileURL(join(lo, '/'))));
  const links = Object.fromEntries(spans.filter((s) => s.link !== undefined).map((s) => [s.text.trim(), s.link!]));
  expect(resolved(links['the data']!)).toBe(join(dirname(pptx), 'assets', 'files', 'data', 'revenue.csv'));
  expect(links['the data']).toMatch(/#row=2$/);
  expect(resolved(links['the figure']!)).toBe(join(dirname(pptx), 'assets', 'media', 'a (b).svg'));
  expect(links['the web version']).toBeUndefined();
}, 180_000);

it('with build --pptx, links to the copies the HTML build published, which are the deck files', async () => {
  const result = await runCli(['build', 'decks/links', '--pptx', '--out', 'built'], work);
  expect(result.code, result.stderr).toBe(0);
  const folder = join(work, 'built', 'links');
  expect(existsSync(join(folder, 'links.pptx'))).toBe(true);
  for (const [copy, content] of Object.entries(fromDeck)) expect(await readFile(join(folder, copy), 'utf8')).toBe(content);
});
