/** `deckpress build` on a broken deck: exit 1, diagnostics as DESIGN §5 prints them, nothing written. */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

let out: string;
let result: CliResult;

beforeAll(async () => {
  out = await makeTmpDir();
  result = await runCli(['build', 'tests/fixtures/broken-unknown-layout', '--out', out]);
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('deckpress build <broken deck>', () => {
  it('exits 1', () => {
    expect(result.code).toBe(1);
  });

  it('prints file:line:col  error  Code  message, a code frame with > and ^, and the hint', () => {
    expect(result.stderr).toBe(
      [
        'tests/fixtures/broken-unknown-layout/sections/01-intro.md:12:9  error  UnknownLayout  Layout "splt" does not exist.',
        '  11 | ---',
        '> 12 | layout: splt',
        '     |         ^',
        'hint: Did you mean "split"? Layouts: chart, closing, compare, content, image, quote, split, stat, table.',
        '',
        '1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('prints no stack trace and builds nothing', async () => {
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(result.stdout).not.toContain('built');
    expect(await readdir(out)).toEqual([]);
  });

  it('prints every error of every broken file, sorted by file and position', async () => {
    const { code, stderr } = await runCli(['build', 'tests/fixtures/broken-invalid-value', '--out', out]);
    expect(code).toBe(1);
    const headers = stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l)).map((l) => l.split('  ').slice(0, 3).join(' '));
    expect(headers).toEqual([
      'tests/fixtures/broken-invalid-value/deck.yaml:2:7 error InvalidValue',
      'tests/fixtures/broken-invalid-value/deck.yaml:4:14 error InvalidValue',
      'tests/fixtures/broken-invalid-value/sections/01-intro.md:7:7 error InvalidValue',
      'tests/fixtures/broken-invalid-value/sections/01-intro.md:8:9 error InvalidValue',
      'tests/fixtures/broken-invalid-value/sections/01-intro.md:17:5 error MissingKey',
    ]);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('5 errors, 0 warnings');
  });

  it('builds a deck with warnings only, exits 0 and prints the warnings', async () => {
    const { code, stderr, stdout } = await runCli(['build', 'tests/fixtures/broken-unknown-key', '--out', join(out, 'warnings')]);
    expect(code).toBe(0);
    expect(stderr).toContain('tests/fixtures/broken-unknown-key/sections/01-intro.md:7:1  warning  UnknownKey  Unknown key "note"');
    expect(stderr).toContain('hint: Did you mean "notes"?');
    expect(stdout).toMatch(/^built .*broken-unknown-key\/index\.html {2}3 slides$/m);
  });
});
