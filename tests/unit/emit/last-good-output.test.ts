/** Each output kind is replaced only by the command that makes it; killed runs and racing runs leave nothing broken. */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDecks } from '../../../src/pipeline.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let root: string;
let deck: string;
beforeEach(async () => {
  root = await makeTmpDir();
  deck = join(root, 'decks', 'seed');
  await cp('tests/fuzz/seed-deck', deck, { recursive: true });
  await writeFile(join(deck, 'deck.yaml'), (await readFile(join(deck, 'deck.yaml'), 'utf8')).replace(
    /variants:\n/, 'variants:\n  board: { title: "Board", tags: [talk] }\n'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const out = () => join(root, 'dist');

describe('an HTML build', () => {
  it('keeps the PDF, PNGs and PPTX of an earlier export and replaces the HTML', async () => {
    await buildDecks({ deckDirs: [deck], outDir: out() });
    const target = join(out(), 'seed');
    await writeFile(join(target, 'seed.pdf'), 'earlier pdf');
    await writeFile(join(target, 'seed-talk.pdf'), 'earlier talk pdf');
    await writeFile(join(target, 'seed.pptx'), 'earlier pptx');
    await mkdir(join(target, 'png', 'talk'), { recursive: true });
    await writeFile(join(target, 'png', '001-title.png'), 'png');
    await writeFile(join(target, 'png', 'talk', '001-title.png'), 'talk png');
    await writeFile(join(target, 'index.html'), 'stale html');
    await writeFile(join(target, 'assets', 'stale.css'), 'stale asset');

    await buildDecks({ deckDirs: [deck], outDir: out() });
    expect(await readFile(join(target, 'seed.pdf'), 'utf8')).toBe('earlier pdf');
    expect(await readFile(join(target, 'seed-talk.pdf'), 'utf8')).toBe('earlier talk pdf');
    expect(await readFile(join(target, 'seed.pptx'), 'utf8')).toBe('earlier pptx');
    expect(await readFile(join(target, 'png', 'talk', '001-title.png'), 'utf8')).toBe('talk png');
    expect(await readFile(join(target, 'png', '001-title.png'), 'utf8')).toBe('png');
    expect(await readFile(join(target, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(await readdir(join(target, 'assets'))).not.toContain('stale.css');
  });

  it('with --variant talk keeps the folders of the other variants', async () => {
    await buildDecks({ deckDirs: [deck], outDir: out() });
    const board = await readFile(join(out(), 'seed', 'board', 'index.html'), 'utf8');
    await buildDecks({ deckDirs: [deck], outDir: out(), variants: ['talk'] });
    expect(await readFile(join(out(), 'seed', 'board', 'index.html'), 'utf8')).toBe(board);
    expect(await readdir(join(out(), 'seed'))).toEqual(expect.arrayContaining(['talk', 'board', 'index.html']));
  });
});

describe('killed and racing builds', () => {
  it('cleans the temporary folders a killed build left, and restores an output caught between the two renames', async () => {
    await buildDecks({ deckDirs: [deck], outDir: out() });
    await writeFile(join(out(), 'seed', 'seed.pdf'), 'earlier pdf');
    // kill -9 after the first rename of a swap: the output sits in .seed.old-*, a half build in .seed.building-*.
    await cp(join(out(), 'seed'), join(out(), '.seed.old-99999999-abc123'), { recursive: true });
    await rm(join(out(), 'seed'), { recursive: true });
    await mkdir(join(out(), '.seed.building-99999998-def456'));
    await mkdir(join(out(), '.seed.old-99999997-ghi789'));
    await buildDecks({ deckDirs: [deck], outDir: out() });
    expect((await readdir(out())).sort()).toEqual(['seed']);
    expect(await readFile(join(out(), 'seed', 'seed.pdf'), 'utf8')).toBe('earlier pdf');
  });

  it('lets several builds to one --out run at once, each succeeding', async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => buildDecks({ deckDirs: [deck], outDir: out() })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect((await readdir(out())).sort()).toEqual(['seed']);
    expect(await readdir(join(out(), 'seed'))).toContain('index.html');
  });
});
