/**
 * The CLI runs one way: bin/ loads lib/bundle/cli.cjs and nothing else of lib/
 * (tsc's output is the library's, not the CLI's). A package holding only bin/,
 * lib/bundle/, templates/ and package.json builds a deck.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'deckpress-start-up-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('start-up', () => {
  it('needs only the bundle of lib/', async () => {
    for (const part of ['bin', 'lib/bundle', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(root, 'package', part), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'package', 'node_modules'));
    cpSync(join(REPO_ROOT, 'tests/fixtures/basic-layouts'), join(root, 'decks', 'basic'), { recursive: true });
    const result = await runCli(['build', 'decks/basic', '--out', 'dist'], root, {}, join(root, 'package', 'bin', 'deckpress.js'));
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist', 'basic', 'index.html'), 'utf8')).toContain('<section');
  });
});
