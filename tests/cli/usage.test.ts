/** Command-line usage: exit 2 for bad usage, 0 for help and version. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';

const version = (JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, 'utf8')) as { version: string }).version;

describe('deckpress usage', () => {
  it('exits 2 on an unknown flag, naming it, with the command\'s own help', async () => {
    const { code, stderr } = await runCli(['build', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown option --frobnicate.');
    expect(stderr).toContain('Usage: deckpress build');
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const { code, stderr } = await runCli(['biuld']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "biuld"');
  });

  it('exits 2 with no command and prints the usage', async () => {
    const { code, stdout } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toContain('Usage: deckpress <command>');
  });

  it('exits 0 for --help and for build --help', async () => {
    const top = await runCli(['--help']);
    expect([top.code, top.stdout]).toEqual([0, expect.stringContaining('Commands:\n  build ')]);
    const build = await runCli(['build', '--help']);
    expect([build.code, build.stdout]).toEqual([0, expect.stringContaining('Usage: deckpress build')]);
  });

  it('exits 0 for --version and -v, printing the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await runCli([flag]);
      expect([code, stdout]).toEqual([0, `${version}\n`]);
    }
  });

  it('exits 1 with DeckNotFound, and no stack, for a folder without deck.yaml', async () => {
    const { code, stderr } = await runCli(['build', 'tests/fixtures', '--out', '/tmp/deckpress-never-written']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tests\/fixtures:1:1 {2}error {2}DeckNotFound {2}/m);
    expect(stderr).not.toContain('MissingKey');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
