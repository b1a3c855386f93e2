/**
 * The CLI runs one way: bin/ loads lib/bundle/cli.cjs and nothing else of lib/
 * (tsc's output is the library's, not the CLI's). A package holding only bin/,
 * lib/bundle/, templates/ and package.json builds a deck.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('builds the example deck, YAML data files included, without loading the yaml package', async () => {
    const loaded = join(root, 'loaded.txt');
    // Preloaded into the CLI's process: on exit, lists every file of the yaml package it required.
    const probe = join(root, 'probe.cjs');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(f)).join('\\n')));`);
    const build = (deck: string) => runCli(['build', deck, '--out', join(root, 'probe-out')], REPO_ROOT, { NODE_OPTIONS: `--require=${probe}` });

    const clean = await build('decks/ai-not-a-bubble');
    expect(clean.code, clean.stderr).toBe(0);
    expect(readFileSync(loaded, 'utf8')).toBe('');

    // The probe sees the package when it is loaded: a data file with a YAML error.
    const broken = join(root, 'broken');
    cpSync(join(REPO_ROOT, 'decks/ai-not-a-bubble'), broken, { recursive: true });
    writeFileSync(join(broken, 'data', 'facts.yaml'), 'report_slides: [212\n');
    const failed = await build(broken);
    expect(failed.stdout + failed.stderr).toContain('DataParseError');
    expect(readFileSync(loaded, 'utf8')).toMatch(/node_modules[\\/]yaml[\\/]/);
  });
});
