/**
 * `deckpress new` writes a deck that lints clean and prints the next steps the way
 * this project runs deckpress: by name, through npx, or by the script path.
 */
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

let project: string;
beforeEach(async () => {
  project = await makeTmpDir();
});
afterEach(() => rm(project, { recursive: true, force: true }));

describe('deckpress new', () => {
  it('creates a deck that lints clean, and names deckpress as installed globally when nothing here provides it', async () => {
    const result = await runCli(['new', 'q3-review'], project);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('created decks/q3-review/');
    expect(result.stdout).toMatch(/^ {2}deckpress dev decks\/q3-review /m);
    expect(await readFile(join(project, 'decks/q3-review/deck.yaml'), 'utf8')).toContain('Q3 Review');
    const lint = await runCli(['lint', 'decks/q3-review'], project);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  });

  it('says npx deckpress in a project whose node_modules/deckpress is this deckpress', async () => {
    await mkdir(join(project, 'node_modules'));
    await symlink(REPO_ROOT, join(project, 'node_modules', 'deckpress'), 'dir');
    const result = await runCli(['new', 'talk'], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}npx deckpress build decks\/talk /m);
  });

  it('says node and the script path when run from the folder deckpress lives in', async () => {
    const result = await runCli(['new', join(project, 'decks', 'talk')], REPO_ROOT);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}node bin\/deckpress\.js pdf /m);
  });

  it('refuses a deck that exists, with exit 2', async () => {
    expect((await runCli(['new', 'talk'], project)).code).toBe(0);
    const again = await runCli(['new', 'talk'], project);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('decks/talk already exists.');
  });
});
