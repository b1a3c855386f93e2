/** `deckpress index` on bad input, through the real CLI: no folder, a folder without decks, a wrong argument count. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir('deckpress-index-cli-');
  // A folder that looks like a site but holds no page deckpress wrote.
  await writeFiles(dir, { 'site/other/index.html': '<!doctype html><title>Not a deck</title>' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('deckpress index, bad input', () => {
  for (const folder of ['site', 'missing']) {
    it(`reports IndexNoDecks for "${folder}" (exit 1) and writes nothing`, async () => {
      const { code, stdout, stderr } = await runCli(['index', folder], dir);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(`${folder}:1:1  error  IndexNoDecks  No built deck in "${folder}", so no index was written.`);
      expect(stderr).toContain('hint: ');
    });
  }

  it('leaves the folder as it was', async () => {
    expect(await readdir(join(dir, 'site'))).toEqual(['other']);
  });

  for (const args of [[], ['a', 'b']]) {
    it(`is a usage error with ${args.length} folders (exit 2)`, async () => {
      const { code, stderr } = await runCli(['index', ...args], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: deckpress index takes one folder/);
    });
  }
});
