/**
 * What users of Marp CLI and Slidev reach for: -o/--output, -p, a deck named by
 * its deck.yaml, build --watch, did-you-mean for options and commands, and
 * numbers checked as numbers. Usage mistakes exit 2 with the command's help.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevProcess } from '../helpers/dev-process.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

let cwd: string;
const SECTION = '---\ntitle: One\n---\n\n---\nid: first\n---\n\n# The first finding\n';

beforeAll(async () => {
  cwd = await makeTmpDir('deckpress-cli-conventions-');
  await writeFiles(cwd, { 'decks/d/deck.yaml': 'title: Conventions\nvariants:\n  talk: { ids: [first] }\n', 'decks/d/sections/01-one.md': SECTION });
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('CLI conventions', () => {
  it.each([
    [['build', 'decks/d', '-o', 'short-o'], 'short-o'],
    [['build', 'decks/d', '--output', 'long-output'], 'long-output'],
    [['build', 'decks/d', '--output=equals-output'], 'equals-output'],
    [['build', 'decks/d/deck.yaml', '--out', 'by-deck-yaml'], 'by-deck-yaml'],
  ])('%j writes %s/d/index.html', async (args, out) => {
    const result = await runCli(args, cwd);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, out, 'd', 'index.html'))).toBe(true);
    expect(existsSync(join(cwd, out, 'd', 'talk', 'index.html'))).toBe(true);
  });

  it.each([
    [['build', '--ouput', 'x'], 'Unknown option --ouput. Did you mean --output?', 'Usage: deckpress build'],
    [['pdf', '--concurency', '2'], 'Unknown option --concurency. Did you mean --concurrency?', 'Usage: deckpress pdf'],
    [['dev', '--prot', '80'], 'Unknown option --prot. Did you mean --port?', 'Usage: deckpress dev'],
    [['lint', '--fromat', 'json'], 'Unknown option --fromat. Did you mean --format?', 'Usage: deckpress lint'],
    [['biuld'], 'Unknown command "biuld". Did you mean "build"?', 'deckpress --help'],
    [['build', 'decks/d', '--concurrency', 'abc'], '--concurrency needs a positive whole number, not "abc".', 'deckpress build --help'],
    [['pdf', 'decks/d', '--timeout', '0'], '--timeout is a number of seconds, more than 0 and at most 2147483 (about 24 days), not "0".', 'deckpress pdf --help'],
    [['dev', 'decks/d', '-p', 'http'], '--port needs a port number (0-65535), not "http".', 'deckpress dev --help'],
  ])('%j is a usage error (exit 2): %s', async (args, message, help) => {
    const result = await runCli(args, cwd);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(help);
    expect(result.code).toBe(2);
  });

  it('dev -p sets the port', async () => {
    // A port that was free a moment ago: the system's pick for a listener closed at once.
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    const { child, url } = await startDevProcess('decks/d/deck.yaml', cwd, { args: ['-p', String(port)] });
    try {
      expect(url).toBe(`http://127.0.0.1:${port}/`);
    } finally {
      child.kill('SIGINT');
    }
  });

  it('build --watch builds, rebuilds after an edit, keeps the last good deck on an error, and stops on SIGINT with 0', async () => {
    const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'build', '--watch', 'decks/d', '-o', 'watched'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = async (pattern: RegExp, from: number) => {
      for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (pattern.test(output.slice(from))) return;
      throw new Error(`no ${pattern} in:\n${output}`);
    };
    const index = join(cwd, 'watched', 'd', 'index.html');
    try {
      await until(/watching for changes/, 0);
      expect(readFileSync(index, 'utf8')).toContain('The first finding');
      let mark = output.length;
      await writeFile(join(cwd, 'decks/d/sections/01-one.md'), SECTION.replace('first finding', 'edited finding'));
      await until(/built watched\/d\/index\.html/, mark);
      expect(readFileSync(index, 'utf8')).toContain('The edited finding');
      mark = output.length;
      await writeFile(join(cwd, 'decks/d/sections/01-one.md'), `${SECTION}\n---\nlayout: splt\n---\n\n# Two\n`);
      await until(/build failed/, mark);
      expect(output.slice(mark)).toMatch(/01-one\.md:12:9 {2}error {2}UnknownLayout/);
      expect(readFileSync(index, 'utf8')).toContain('The edited finding');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await writeFile(join(cwd, 'decks/d/sections/01-one.md'), SECTION);
    }
  });
});
