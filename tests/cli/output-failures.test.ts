/** Failed runs keep the last good output; racing runs both succeed; disk errors are diagnostics, not internal errors. */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

let project: string;
beforeEach(async () => {
  project = await makeTmpDir();
  await cp(join(REPO_ROOT, 'tests/fixtures/basic-layouts'), join(project, 'decks/x'), { recursive: true });
});
afterEach(() => rm(project, { recursive: true, force: true }));

describe('a failed pdf', () => {
  it('keeps the previous PDF and PNGs (the browser cannot start)', async () => {
    await mkdir(join(project, 'dist/x/png'), { recursive: true });
    await writeFile(join(project, 'dist/x/x.pdf'), 'previous good pdf');
    await writeFile(join(project, 'dist/x/png/001-title.png'), 'previous png');
    const result = await runCli(['pdf', 'decks/x', '--png', '--browser-path', join(project, 'no-such-browser')], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/BrowserPathInvalid/);
    expect(await readFile(join(project, 'dist/x/x.pdf'), 'utf8')).toBe('previous good pdf');
    expect(await readFile(join(project, 'dist/x/png/001-title.png'), 'utf8')).toBe('previous png');
  });

  it('keeps the previous PDF when the export itself fails (timeout in the browser)', async () => {
    await mkdir(join(project, 'dist/x'), { recursive: true });
    await writeFile(join(project, 'dist/x/x.pdf'), 'previous good pdf');
    const result = await runCli(['pdf', 'decks/x', '--timeout', '0.001'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PdfTimeout/);
    expect(await readFile(join(project, 'dist/x/x.pdf'), 'utf8')).toBe('previous good pdf');
  });
});

describe('two builds to one --out', () => {
  it('both succeed when started together, and leave no temporary folder', async () => {
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([1, 2, 3].map(() => runCli(['build', 'decks/x'], project)));
      expect(results.map((r) => [r.code, r.stderr])).toEqual(results.map(() => [0, '']));
    }
    expect(await readdir(join(project, 'dist'))).toEqual(['x']);
  });
});

describe('disk errors', () => {
  it('an output path through a file is OutputWriteFailed with the path and a hint, exit 1', async () => {
    await writeFile(join(project, 'a-file'), 'not a folder');
    const result = await runCli(['build', 'decks/x', '--out', 'a-file/dist'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OutputWriteFailed/);
    expect(result.stderr).toMatch(/a-file/);
    expect(result.stderr).toMatch(/hint: /);
    expect(result.stderr).not.toMatch(/InternalError|This is a bug/);
  });

  it('a full disk is OutputWriteFailed (ENOSPC) and keeps the previous output', async () => {
    const disk = join(project, 'tiny');
    await mkdir(disk);
    // A 256 KiB tmpfs: too small for reveal.js, so the build fills it.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]);
    try {
      await mkdir(join(disk, 'dist/x'), { recursive: true });
      await writeFile(join(disk, 'dist/x/index.html'), 'last good');
      const result = await runCli(['build', 'decks/x', '--out', join(disk, 'dist')], project);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/OutputWriteFailed.*no space left/);
      expect(result.stderr).toMatch(/hint: Free some space/);
      expect(result.stderr).not.toMatch(/InternalError/);
      expect(await readFile(join(disk, 'dist/x/index.html'), 'utf8')).toBe('last good');
      expect(await readdir(join(disk, 'dist'))).toEqual(['x']);
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
