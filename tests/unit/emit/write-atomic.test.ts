/** replaceDirAtomic: a folder is swapped in whole; a failed fill leaves the previous one untouched. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceDirAtomic, writeFileAtomic } from '../../../src/emit/write-atomic.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let root: string;
beforeEach(async () => {
  root = await makeTmpDir();
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('replaceDirAtomic', () => {
  it('creates the folder on a first build', async () => {
    const dir = join(root, 'out', 'deck');
    await replaceDirAtomic(dir, (temp) => writeFile(join(temp, 'index.html'), 'v1'));
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('v1');
    expect(await readdir(join(root, 'out'))).toEqual(['deck']);
  });

  it('replaces the whole folder: files of the old build do not linger', async () => {
    const dir = join(root, 'deck');
    await mkdir(dir);
    await writeFile(join(dir, 'stale.html'), 'old');
    await replaceDirAtomic(dir, (temp) => writeFile(join(temp, 'index.html'), 'v2'));
    expect(await readdir(dir)).toEqual(['index.html']);
    expect(await readdir(root)).toEqual(['deck']);
  });

  it('leaves the previous folder untouched and no temporary folder when the fill fails', async () => {
    const dir = join(root, 'deck');
    await mkdir(dir);
    await writeFile(join(dir, 'index.html'), 'last good');
    const failing = replaceDirAtomic(dir, async (temp) => {
      await writeFile(join(temp, 'index.html'), 'half written');
      throw new Error('render failed');
    });
    await expect(failing).rejects.toThrow('render failed');
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('last good');
    expect(await readdir(root)).toEqual(['deck']);
  });
});

describe('writeFileAtomic', () => {
  it('writes the file, creating folders, with no temporary file left', async () => {
    await writeFileAtomic(join(root, 'a', 'b.pdf'), 'pdf bytes');
    expect(await readFile(join(root, 'a', 'b.pdf'), 'utf8')).toBe('pdf bytes');
    expect(await readdir(join(root, 'a'))).toEqual(['b.pdf']);
  });
});
