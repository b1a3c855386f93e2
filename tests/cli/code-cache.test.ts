/**
 * The CLI bundle's V8 code cache (bin/load-cli.js, written by `npm run build:ts`):
 * used under a build's flags, ignored (never wrong) when flags or the bundle differ.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';

/** Loads the bundle in a fresh process (V8 flags are per process) as the bin does for `argv`, and reports on the cache and `--help`. */
function load(root: string, argv: string[]) {
  const script = `
    const { loadCli } = await import(${JSON.stringify(`${root}/bin/load-cli.js`)});
    const { exports, cacheUsed } = loadCli(${JSON.stringify(argv)});
    const out = [];
    process.stdout.write = (text) => out.push(text);
    await exports.main(['--help']);
    console.error(JSON.stringify({ cacheUsed, help: out.join('') }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stderr.trim().split('\n').pop()!) as { cacheUsed: boolean; help: string };
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('CLI code cache', () => {
  it('is used under the flags `deckpress build` runs with', () => {
    const { cacheUsed, help } = load(REPO_ROOT, ['build', 'decks']);
    expect(cacheUsed).toBe(true);
    expect(help).toContain('Usage: deckpress <command>');
  });

  it('is rejected under the flags of a long run (dev), and the CLI still runs', () => {
    expect(load(REPO_ROOT, ['dev', 'decks/x'])).toMatchObject({ cacheUsed: false, help: expect.stringContaining('Usage: deckpress') });
  });

  it('is ignored once the bundle changes, even at the same length', () => {
    const root = mkdtempSync(join(tmpdir(), 'deckpress-code-cache-test-'));
    copies.push(root);
    cpSync(`${REPO_ROOT}/bin`, `${root}/bin`, { recursive: true });
    cpSync(`${REPO_ROOT}/lib/bundle/cli.cache`, `${root}/lib/bundle/cli.cache`);
    const bundle = readFileSync(`${REPO_ROOT}/lib/bundle/cli.cjs`, 'utf8');
    expect(bundle).toContain('Usage: deckpress <command>');
    writeFileSync(`${root}/lib/bundle/cli.cjs`, bundle.replace('Usage: deckpress <command>', 'USAGE: deckpress <command>'));
    expect(load(root, ['build', 'decks'])).toMatchObject({ cacheUsed: false, help: expect.stringContaining('USAGE: deckpress <command>') });
  });
});
