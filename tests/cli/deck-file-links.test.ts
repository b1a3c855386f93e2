/**
 * Links from slides to files of the deck through the real CLI: a file the deck has is
 * published with it (byte for byte, the link pointing at the copy); a link to a file the
 * deck does not have, or to one outside the deck folder (a ../ path, an absolute path, a
 * symlink leading out), stops build and lint alike at the link, and nothing outside is copied.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';

const CSV = 'year,usd\n2023,4\n2024,6\n';
// Bytes no text conversion would leave alone: a copy must be exact.
const APPENDIX = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0d, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x0a]);

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="18"><rect width="32" height="18"/></svg>';
const section = (body: string, other = '') => `---\ntitle: Links\n---\n\n---\nid: links\n---\n\n# Links to the deck's files\n\n${body}\n\n---\nid: other\n${other}---\n\n# Another slide\n`;

describe('links to files of the deck', () => {
  let good: string;
  let bad: string;
  beforeAll(async () => {
    good = await writeTmpDeck({
      'sections/01-links.md': section(
        '- [The data](data/revenue.csv), [the appendix](assets/appendix%20A.pdf#page=2) and [notes](./notes/read%20me.txt)\n- [Web version](index.html), [next slide](#other), [a site](https://example.org/x)\n- [Q1](data/q%231.csv#row=2) ![A figure](fig%231.svg)',
        // A front matter path is a file name: its # is part of it.
        'layout: split\nimage: { src: "cover #3.svg", alt: "A cover" }\n',
      ),
      'data/revenue.csv': CSV,
      'data/q#1.csv': CSV,
      'assets/fig#1.svg': SVG,
      'assets/cover #3.svg': SVG,
      'assets/appendix A.pdf': APPENDIX,
      'notes/read me.txt': 'Read me.\n',
      'notes/unlinked.txt': 'Not linked, not published.\n',
    });
    bad = await writeTmpDeck({
      'sections/01-links.md': section('[missing](data/revenu.csv) and [secret](../secret.txt)\n\n[absolute](/etc/hostname), [linked out](data/out.txt)'),
      'data/revenue.csv': CSV,
    });
    await writeFile(join(dirname(bad), 'secret.txt'), 'outside the deck\n');
    await symlink(join(dirname(bad), 'secret.txt'), join(bad, 'data', 'out.txt'));
  });
  afterAll(() => Promise.all([removeTmpDeck(good), removeTmpDeck(bad)]));

  it('publishes each linked file and points the link at its copy', async () => {
    const out = join(dirname(good), 'out');
    const result = await runCli(['build', good, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const site = join(out, 'deck');
    const html = await readFile(join(site, 'index.html'), 'utf8');
    const hrefs = [...html.matchAll(/<a href="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
    expect(hrefs).toEqual(expect.arrayContaining(['assets/files/data/revenue.csv', 'assets/media/appendix%20A.pdf#page=2', 'assets/files/notes/read%20me.txt', 'index.html', '#other', 'https://example.org/x', 'assets/files/data/q%231.csv#row=2']));
    const srcs = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toEqual(['assets/media/fig%231.svg', 'assets/media/cover%20%233.svg']);
    // Every relative link and image of the page leads to a file of the output, as a browser resolves it.
    for (const href of [...hrefs, ...srcs].filter((h) => !/^([a-z]+:|#)/.test(h))) {
      expect(existsSync(fileURLToPath(new URL(href.replace(/#.*$/, ''), pathToFileURL(join(site, 'index.html'))))), href).toBe(true);
    }
    expect(await readFile(join(site, 'assets', 'files', 'data', 'revenue.csv'), 'utf8')).toBe(CSV);
    expect(await readFile(join(site, 'assets', 'files', 'data', 'q#1.csv'), 'utf8')).toBe(CSV);
    expect((await readFile(join(site, 'assets', 'media', 'appendix A.pdf'))).equals(APPENDIX)).toBe(true);
    expect(await readFile(join(site, 'assets', 'files', 'notes', 'read me.txt'), 'utf8')).toBe('Read me.\n');
    expect(await readdir(join(site, 'assets', 'files'), { recursive: true })).toEqual(expect.not.arrayContaining([join('notes', 'unlinked.txt')]));
    // The print document (the PDF's source) points at the same copies.
    expect(await readFile(join(site, 'print.html'), 'utf8')).toContain('href="assets/files/data/revenue.csv"');
  });

  it('stops build and lint at a link to a missing file or one outside the deck, and copies nothing', async () => {
    const out = join(dirname(bad), 'out');
    const [build, lint] = await Promise.all([runCli(['build', bad, '--out', out]), runCli(['lint', bad])]);
    const errors = (printed: string) => [...printed.matchAll(/sections\/01-links\.md:(\d+):(\d+) {2}error {2}(\w+)/g)].map((m) => `${m[3]} ${m[1]}:${m[2]}`).sort();
    const expected = ['LinkOutsideDeck 11:41', 'LinkOutsideDeck 13:12', 'LinkOutsideDeck 13:41', 'LinkedFileNotFound 11:11'];
    expect(errors(build.stderr)).toEqual(expected);
    expect(errors(lint.stdout)).toEqual(expected);
    expect([build.code, lint.code]).toEqual([1, 1]);
    for (const printed of [build.stderr, lint.stdout]) {
      expect(printed).toContain('The link to "data/revenu.csv" names no file of the deck.');
      expect(printed).toContain('The link to "../secret.txt" leads outside the deck folder, so the file is not published.');
      expect(printed).toContain('hint: Only files inside the deck folder are published with it');
      expect(printed).not.toMatch(/\n\s+at \S+ \(/);
    }
    expect(existsSync(out)).toBe(false);
  });
});
