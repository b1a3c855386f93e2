/** writeDeck/emitSite: what lands in dist/<deck>/, and that the same inputs give byte-identical files. */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, writeDeck } from '../../../src/pipeline.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

const DECK = 'tests/fixtures/basic-layouts';
let out: string;

beforeAll(async () => {
  out = await makeTmpDir();
});
afterAll(() => rm(out, { recursive: true, force: true }));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe('writeDeck', () => {
  it('writes both pages, reveal.js, the theme, fonts and the deck media', async () => {
    const target = await writeDeck(await compileDeck(DECK), join(out, 'a'));
    expect(target).toBe(join(out, 'a', 'basic-layouts'));
    const files = await filesUnder(target);
    expect(files).toEqual(expect.arrayContaining([
      'index.html', 'print.html',
      'assets/reveal/reveal.js', 'assets/reveal/reveal.css', 'assets/reveal/plugin/notes.js',
      'assets/theme/theme.css', 'assets/media/figure.svg',
    ]));
    expect(files.some((f) => /^assets\/fonts\/.+\.woff2$/.test(f))).toBe(true);
    // Every local URL the pages use exists in the output.
    for (const page of ['index.html', 'print.html']) {
      const html = await readFile(join(target, page), 'utf8');
      for (const [, url] of html.matchAll(/(?:src|href)="(assets\/[^"#?]+)"/g)) expect(files).toContain(url);
    }
  });

  it('is deterministic: two builds give byte-identical files', async () => {
    const first = await writeDeck(await compileDeck(DECK), join(out, 'b'));
    const second = await writeDeck(await compileDeck(DECK), join(out, 'c'));
    const names = await filesUnder(first);
    expect(await filesUnder(second)).toEqual(names);
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(join(first, name)), readFile(join(second, name))]);
      expect(a.equals(b), name).toBe(true);
    }
  });

  it('leaves the last good output when writing fails midway', async () => {
    const target = await writeDeck(await compileDeck(DECK), join(out, 'e'));
    const before = await readFile(join(target, 'index.html'));
    const compiled = await compileDeck(DECK);
    // An asset listed at load time and deleted before it is copied: the copy fails mid-write.
    compiled.deck!.assets.add('deleted-meanwhile.png');
    await expect(writeDeck(compiled, join(out, 'e'))).rejects.toThrow(/ENOENT/);
    expect((await readFile(join(target, 'index.html'))).equals(before)).toBe(true);
    expect(await readdir(join(out, 'e'))).toEqual(['basic-layouts']);
  });

  it('writes each variant into its own folder', async () => {
    const target = await writeDeck(await compileDeck('decks/ai-not-a-bubble'), join(out, 'd'));
    const talk = await readFile(join(target, 'talk', 'index.html'), 'utf8');
    const full = await readFile(join(target, 'index.html'), 'utf8');
    expect(talk.match(/<section /g)!.length).toBeLessThan(full.match(/<section /g)!.length);
    expect(talk).toContain('<title>AI is not a bubble (15 min)</title>');
  });
});
