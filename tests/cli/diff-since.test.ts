/**
 * `deckpress diff --since REV DECK`: the deck as committed at REV, built from git
 * in a temporary folder, against the work tree — which it leaves as it was.
 */
import { execFile } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckDiff } from '../../src/diff/compare-manifests.js';
import { writeDiffProject, type DiffProject } from './diff-deck.js';

const exec = promisify(execFile);
let p: DiffProject;
const git = async (...args: string[]) => (await exec('git', args, { cwd: p.project, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } })).stdout;

beforeEach(async () => {
  p = await writeDiffProject();
  // As in a real project: the chart cache that every build of the work tree keeps is not versioned.
  await writeFile(join(p.project, '.gitignore'), '.deckpress-cache/\n');
  await git('init', '-q');
  await git('add', '.');
  await git('commit', '-qm', 'deck');
});

afterEach(async () => {
  await rm(p.project, { recursive: true, force: true });
});

describe('deckpress diff --since', () => {
  it('compares the deck at a revision with the work tree, touching neither', async () => {
    await p.edit('data/revenue.csv', (t) => t.replace('2024,3700000000', '2024,4200000000'));
    const before = await git('status', '--porcelain', '--untracked-files=all');
    const result = await p.diff('--since', 'HEAD', 'decks/money', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const diff = JSON.parse(result.stdout) as DeckDiff;
    expect(diff.changed.map((c) => c.id).sort()).toEqual(['revenue-chart', 'revenue-text']);
    expect(diff.changed.find((c) => c.id === 'revenue-text')!.values).toMatchObject([{ from: '$3.7B', to: '$4.2B' }]);
    // Nothing written into the project (no dist/), the edit still there, HEAD where it was.
    expect(await git('status', '--porcelain', '--untracked-files=all')).toBe(before);
    expect(before).toBe(' M decks/money/data/revenue.csv\n');
    expect((await readdir(p.project)).sort()).toEqual(['.deckpress-cache', '.git', '.gitignore', 'decks']);
  });

  it('exits 0 when the work tree builds the same deck as the revision', async () => {
    const result = await p.diff('--since', 'HEAD', 'decks/money');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^0 changed, 0 added, 0 removed, 0 moved, \d+ unchanged\n$/);
  });

  it('exits 2 with the revision and the reason when the deck cannot be read there', async () => {
    const result = await p.diff('--since', 'no-such-rev', 'decks/money');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error  DiffRevisionNotFound  The deck "decks/money" cannot be read at revision "no-such-rev"');
    expect(result.stdout).toBe('');
  });
});
