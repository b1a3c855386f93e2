/** `--shard i/n` through the real CLI: every deck in exactly one shard, the same split whatever the order, bad values exit 2. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const SIZES = [40, 3, 12, 25, 7, 7, 18, 2, 30];
let project: string;

/** A project with decks/<name>/ of mixed sizes; each slide a headline that lints clean. */
beforeAll(async () => {
  project = await makeTmpDir('deckpress-shard-cli-');
  const files: Record<string, string> = {};
  SIZES.forEach((slides, i) => {
    const name = `deck-${String.fromCharCode(97 + i)}`;
    files[`decks/${name}/deck.yaml`] = `title: Deck ${name}\n`;
    files[`decks/${name}/sections/01-main.md`] = '---\ntitle: Main\n---\n\n' + Array.from({ length: slides }, (_, s) => `---\n\n# Finding ${s + 1} of ${name} is stated here\n`).join('\n');
  });
  await writeFiles(project, files);
});
afterAll(() => rm(project, { recursive: true, force: true }));

async function lintedDecks(shard: string): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', '--shard', shard], project);
  expect(stderr).toMatch(new RegExp(`^shard ${shard}: `));
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { decks: { name: string }[] }).decks.map((d) => d.name);
}

describe('--shard', () => {
  // Every n from 1 to 7 is checked in memory (tests/unit/cli/shard.test.ts); here, a few through the CLI.
  it('lints every deck in exactly one shard for n = 1, 2, 4 and 7', async () => {
    const all = SIZES.map((_, i) => `deck-${String.fromCharCode(97 + i)}`);
    for (const n of [1, 2, 4, 7]) {
      const shards = [];
      for (let i = 1; i <= n; i++) shards.push(await lintedDecks(`${i}/${n}`));
      expect(shards.flat().sort(), `n = ${n}`).toEqual(all);
      // Balanced by slides: shards differ by at most the largest deck (40 slides), which is alone from n = 4 on.
      const loads = shards.map((names) => names.reduce((sum, name) => sum + SIZES[name.charCodeAt(5) - 97]!, 0));
      expect(Math.max(...loads) - Math.min(...loads), `n = ${n}: ${loads.join(', ')}`).toBeLessThanOrEqual(40);
      if (n >= 4) expect(shards[0]).toEqual(['deck-a']);
    }
  }, 120_000);

  it('builds only its own decks, and the same ones when the decks are named in another order', async () => {
    const out = join(project, 'dist-shard');
    const { code, stderr } = await runCli(['build', '--shard', '2/3', '--out', out], project);
    expect(code).toBe(0);
    expect(stderr).toBe('shard 2/3: decks/deck-c, decks/deck-f, decks/deck-i (49 slides)\n');
    expect((await readdir(out)).sort()).toEqual(['deck-c', 'deck-f', 'deck-i']);
    const named = SIZES.map((_, i) => `decks/deck-${String.fromCharCode(97 + i)}`).reverse();
    const again = await runCli(['lint', ...named, '--shard', '2/3'], project);
    expect(again.stderr).toBe('shard 2/3: decks/deck-c, decks/deck-f, decks/deck-i (49 slides)\n');
  });

  it('exits 0 with nothing done when a shard has no decks', async () => {
    const { code, stdout, stderr } = await runCli(['build', '--shard', '12/12', '--out', join(project, 'dist-empty')], project);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: 'shard 12/12: no decks\n' });
    await expect(readdir(join(project, 'dist-empty'))).rejects.toThrow();
  });

  for (const [command, value] of [['build', '0/4'], ['pdf', '5/4'], ['lint', '1/0'], ['build', 'two/4'], ['lint', '3']] as const) {
    it(`${command} --shard ${value} is a usage error (exit 2)`, async () => {
      const { code, stdout, stderr } = await runCli([command, '--shard', value], project);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: --shard /);
    });
  }
});
