/** `deckpress lint` through the real CLI (bin/deckpress.js over lib/): output, formats, exit codes, and that it writes nothing. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const SECTION = '---\ntitle: Intro\n---\n\n---\nid: first\n---\n\n# A headline that states the finding\n';
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await makeTmpDir('deckpress-lint-cli-');
  temps.push(dir);
  await writeFiles(dir, files);
  return dir;
}

/** Every file under a folder with a hash of its content: what "writes nothing" compares. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const path = join(e.parentPath, e.name);
    out[relative(dir, path)] = createHash('sha1').update(await readFile(path)).digest('hex');
  }
  return out;
}

describe('deckpress lint', () => {
  it('prints no error and no warning for the example deck, and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['lint', 'decks/ai-not-a-bubble']);
    expect(stdout).toBe('ai-not-a-bubble: no problems\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints each problem with file:line:column, severity, code, message, code frame and hint; exits 1 on an error', async () => {
    const { code, stdout } = await runCli(['lint', 'tests/fixtures/lint-unknown-layout']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'tests/fixtures/lint-unknown-layout/sections/01-intro.md:7:9  error  UnknownLayout  Layout "splt" does not exist.',
        '  6 | id: first',
        '> 7 | layout: splt',
        '    |         ^',
        'hint: Did you mean "split"? Layouts: chart, closing, compare, content, image, quote, split, stat, table.',
        '',
        '1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const { code, stdout } = await runCli(['lint', 'tests/fixtures/lint-missing-headline']);
    expect(stdout).toContain('warning (style)  MissingHeadline');
    expect(stdout).toContain('0 errors, 1 warning');
    expect(code).toBe(0);
  });

  it('--format json prints one document with counts and every diagnostic', async () => {
    const { code, stdout } = await runCli(['lint', 'tests/fixtures/lint-source-without-text', 'decks/ai-not-a-bubble', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { version: number; errors: number; warnings: number; decks: unknown[]; diagnostics: Record<string, unknown>[] };
    expect(report).toMatchObject({ version: 1, errors: 1, warnings: 1 });
    expect(report.decks).toEqual([
      { name: 'lint-source-without-text', dir: 'tests/fixtures/lint-source-without-text', errors: 1, warnings: 1 },
      { name: 'ai-not-a-bubble', dir: 'decks/ai-not-a-bubble', errors: 0, warnings: 0 },
    ]);
    expect(report.diagnostics[0]).toEqual({
      deck: 'lint-source-without-text',
      code: 'MissingKey',
      severity: 'error',
      message: '"sources.0.text" is required in slide front matter.',
      file: 'tests/fixtures/lint-source-without-text/sections/01-intro.md',
      line: 8,
      column: 5,
    });
    expect(report.diagnostics[1]).toMatchObject({ code: 'UnknownKey', severity: 'warning', hint: 'Did you mean "text"? Known keys: text, url.' });
  });

  it('still prints what it found when --render has no browser, then the browser error', async () => {
    const { code, stdout, stderr } = await runCli(['lint', 'tests/fixtures/lint-missing-headline', '--render', '--browser-path', '/nonexistent/chrome']);
    expect(code).toBe(1);
    expect(stdout).toContain('warning (style)  MissingHeadline');
    expect(stdout).toContain('lint-missing-headline: render check not run (see the error below).');
    expect(stderr).toMatch(/^error {2}BrowserPathInvalid {2}The browser "\/nonexistent\/chrome"/);
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await runCli(['lint', 'decks/ai-not-a-bubble', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format is text or json, not "xml"');
  });

  it('lints every deck under ./decks when none is named, and writes nothing', async () => {
    const dir = await project({
      'decks/good/deck.yaml': 'title: Good\n',
      'decks/good/sections/01-intro.md': SECTION,
      'decks/bad/deck.yaml': 'title: Bad\n',
      'decks/bad/sections/01-intro.md': SECTION.replace('id: first', 'id: first\nlayout: splt'),
    });
    const before = await snapshot(dir);
    const { code, stdout } = await runCli(['lint'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('decks/bad/sections/01-intro.md:7:9  error  UnknownLayout');
    expect(stdout).not.toContain('decks/good/');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('reports hostile files as diagnostics, not crashes: too large, not UTF-8, binary, empty', async () => {
    const dir = await project({
      'deck.yaml': 'title: Hostile\n',
      'sections/01-intro.md': SECTION,
      'sections/02-large.md': `${SECTION}\n${'- A very long bullet that repeats\n'.repeat(200_000)}`,
      'sections/03-latin1.md': Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
      'sections/04-image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'sections/05-empty.md': '',
    });
    const { code, stdout, stderr } = await runCli(['lint', dir, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { diagnostics: { code: string; file: string; line: number; column: number }[] }).diagnostics;
    const shown = relative(process.cwd(), dir);
    expect(found.map((d) => `${d.file.slice(shown.length + 1)}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'sections/02-large.md:1:1 FileTooLarge',
      'sections/03-latin1.md:2:11 NotUtf8',
      'sections/04-image.md:1:1 BinaryFile',
      'sections/05-empty.md:1:1 EmptyFile',
    ]);
  });
});

describe('deckpress build with errors', () => {
  it('writes nothing and keeps the last good dist/<deck> when a data reference breaks', async () => {
    const dir = await project({
      'decks/money/deck.yaml': 'title: Money\n',
      'decks/money/data/revenue.csv': 'year,usd\n2024,3700000000\n',
      'decks/money/sections/01-money.md':
        '---\ntitle: Money\n---\n\n---\nsources: [Company filings]\n---\n\n# Revenue reached {{ revenue[2024].usd | usd-compact }}\n',
    });
    const first = await runCli(['build', 'decks/money'], dir);
    expect(first.code).toBe(0);
    const good = await snapshot(join(dir, 'dist'));
    expect(Object.keys(good)).toContain('money/index.html');
    expect(await readFile(join(dir, 'dist/money/index.html'), 'utf8')).toContain('$3.7B');

    await writeFile(join(dir, 'decks/money/data/revenue.csv'), 'year,revenue\n2024,3700000000\n');
    const broken = await runCli(['build', 'decks/money'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('decks/money/sections/01-money.md:9:36  error  UnknownColumn');
    expect(await snapshot(join(dir, 'dist'))).toEqual(good);
  });
});
