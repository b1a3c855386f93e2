/** A failed rebuild leaves the last good dist/<deck> byte for byte. */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

let root: string;
beforeAll(async () => {
  root = await makeTmpDir();
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('deckpress build after breaking the source', () => {
  it('exits 1 and leaves the previous output untouched', async () => {
    const deck = join(root, 'decks', 'basic');
    const out = join(root, 'dist');
    await cp(join(REPO_ROOT, 'tests/fixtures/basic-layouts'), deck, { recursive: true });
    const good = await runCli(['build', 'decks/basic', '--out', 'dist'], root);
    expect(good.code).toBe(0);
    const index = await readFile(join(out, 'basic', 'index.html'));
    const print = await readFile(join(out, 'basic', 'print.html'));

    const file = join(deck, 'sections', '02-figures.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('layout: stat', 'layout: stats'));
    const broken = await runCli(['build', 'decks/basic', '--out', 'dist'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^decks\/basic\/sections\/02-figures\.md:\d+:9 {2}error {2}UnknownLayout {2}Layout "stats" does not exist\.$/m);
    expect(broken.stderr).toContain('hint: Did you mean "stat"?');

    expect((await readFile(join(out, 'basic', 'index.html'))).equals(index)).toBe(true);
    expect((await readFile(join(out, 'basic', 'print.html'))).equals(print)).toBe(true);
    expect(await readdir(out)).toEqual(['basic']);
  });
});
