/** `--out` that would put a deck's output over a deck or the project's templates is refused before anything is written. */
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

let project: string;

beforeEach(async () => {
  project = await makeTmpDir();
  await cp(join(REPO_ROOT, 'tests/fixtures/basic-layouts'), join(project, 'decks/x'), { recursive: true });
  await writeFiles(project, { 'templates/layouts/mine.hbs': '<section>{{headline}}</section>\n' });
});
afterEach(() => rm(project, { recursive: true, force: true }));

const CASES: { name: string; cwd: string; args: string[] }[] = [
  { name: 'build decks/x --out decks (the output is the deck)', cwd: '.', args: ['build', 'decks/x', '--out', 'decks'] },
  { name: 'cd decks && build x --out .', cwd: 'decks', args: ['build', 'x', '--out', '.'] },
  { name: 'cd decks/x && build . --out ..', cwd: 'decks/x', args: ['build', '.', '--out', '..'] },
  { name: 'build --out decks/x (inside the deck)', cwd: '.', args: ['build', 'decks/x', '--out', 'decks/x/sections'] },
  { name: 'build --out templates/.. spelled through templates', cwd: '.', args: ['build', 'decks/x', '--out', 'templates/../decks'] },
  { name: 'pdf decks/x --out decks', cwd: '.', args: ['pdf', 'decks/x', '--out', 'decks'] },
];

describe('--out guard', () => {
  for (const c of CASES) {
    it(`refuses ${c.name} with exit 2 and leaves the deck whole`, async () => {
      const result = await runCli(c.args, join(project, c.cwd));
      expect(result.stderr).toMatch(/OutputOverlapsSource/);
      expect(result.stderr).toMatch(/--out/);
      expect(result.code).toBe(2);
      expect((await readdir(join(project, 'decks/x'))).sort()).toEqual(expect.arrayContaining(['deck.yaml', 'sections']));
    });
  }

  it('refuses an output folder that would be the project templates/', async () => {
    await cp(join(project, 'decks/x'), join(project, 'decks/templates'), { recursive: true });
    const result = await runCli(['build', 'decks/templates', '--out', '.'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/templates/);
    expect(await readdir(join(project, 'templates/layouts'))).toEqual(['mine.hbs']);
  });

  it('refuses an output folder that would contain a deck', async () => {
    await cp(join(project, 'decks/x'), join(project, 'decks/decks'), { recursive: true });
    const result = await runCli(['build', 'decks/decks', '--out', '.'], project);
    expect(result.code).toBe(2);
    expect((await readdir(join(project, 'decks/x'))).sort()).toEqual(expect.arrayContaining(['deck.yaml', 'sections']));
  });

  it('still builds to an ordinary --out', async () => {
    const result = await runCli(['build', 'decks/x', '--out', 'out'], project);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readdir(join(project, 'out/x'))).toContain('index.html');
  });
});
