/**
 * A link to a file of the built deck (its HTML version, a figure, a data file published with it) is written into the PDF relative to the PDF
 * itself, not as the file: URL of the folder it was built in: it opens next to the
 * PDF wherever the output is copied, shows no one the builder's folders, and two
 * machines (or two output folders) write the same bytes. Read back with qpdf.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#e4572e"/></svg>';
const REVENUE = 'year,usd\n2023,4\n2024,6\n';
const deck = {
  'deck.yaml': 'title: Links\nlang: en\n',
  'assets/a (b).svg': FIGURE,
  'assets/c #1.svg': FIGURE,
  'data/revenue.csv': REVENUE,
  'data/q#1.csv': REVENUE,
  'sections/01-links.md': `---
title: Links
---

---
id: files
image: { src: "a (b).svg", alt: "An orange box" }
---

# A slide that links to files beside the PDF

- [The web version](index.html#files) and [the figure, full size](assets/media/a%20(b).svg)
- [A web page](https://example.org/report) and [the data](data/revenue.csv)

---
id: hash
layout: split
image: { src: "c #1.svg", alt: "A file named with a hash" }
---

# A slide whose figure and data have a # in their names

- [The first quarter](data/q%231.csv)
`,
};

let work: string;
const pdfs: string[] = [];

beforeAll(async () => {
  work = await makeTmpDir('deckpress-file-links-');
  await writeFiles(join(work, 'decks', 'links'), deck);
  for (const out of ['out', join('deeper', 'other out')]) {
    const result = await runCli(['pdf', 'decks/links', '--out', out], work);
    expect(result.code, result.stderr).toBe(0);
    // The figure named with a # is found by the print document (it was once asked for as "c " with a fragment).
    expect(result.stderr).not.toContain('LocalFileMissing');
    pdfs.push(join(work, out, 'links', 'links.pdf'));
  }
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

/** The URIs of the PDF's link annotations, as qpdf decodes them. */
function linkUris(pdf: string): string[] {
  const json = JSON.parse(spawnSync('qpdf', ['--json', '--json-key=qpdf', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout) as {
    qpdf: [unknown, Record<string, { value?: { '/A'?: { '/URI'?: string } } }>];
  };
  return Object.values(json.qpdf[1]).flatMap((object) => {
    const uri = object.value?.['/A']?.['/URI'];
    return uri === undefined ? [] : [uri.replace(/^u:/, '')];
  }).sort();
}

it('writes links to the deck files relative to the PDF, and web links as they are', () => {
  const uris = linkUris(pdfs[0]!);
  expect(uris).toEqual(['assets/files/data/q%231.csv', 'assets/files/data/revenue.csv', 'assets/media/a%20(b).svg', 'https://example.org/report', 'index.html#files']);
  expect(uris.join(' ')).not.toContain('file:');
});

it('points each relative link at the file beside the PDF', () => {
  for (const pdf of pdfs) {
    for (const uri of linkUris(pdf).filter((u) => !/^[a-z]+:/.test(u))) {
      const target = fileURLToPath(new URL(uri, pathToFileURL(join(dirname(pdf), '/'))));
      expect(existsSync(target), `${uri} from ${pdf}`).toBe(true);
    }
  }
});

it('publishes a linked data file beside the PDF as it is in the deck', async () => {
  for (const pdf of pdfs) expect(await readFile(join(dirname(pdf), 'assets', 'files', 'data', 'revenue.csv'), 'utf8')).toBe(REVENUE);
});

it('writes the same bytes whatever the output folder', async () => {
  expect(Buffer.compare(await readFile(pdfs[0]!), await readFile(pdfs[1]!))).toBe(0);
});
