import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSection } from '../../../src/load/load-deck.js';
import { SectionMemo } from '../../../src/serve/section-memo.js';
import { section } from '../../helpers/compile-files.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SectionMemo', () => {
  it('reloads only invalidated files, re-parsing only YAML blocks that changed or moved', async () => {
    dir = await makeTmpDir();
    const path = join(dir, '01-a.md');
    await writeFile(path, section('A', ['id: one\n---\n\n# One', 'id: two\n---\n\n# Two', 'id: three\n---\n\n# Three']));
    const memo = new SectionMemo();
    const first = await memo.load(path, 'a.md');
    expect(await memo.load(path, 'a.md')).toBe(first);

    // The second slide's body grows by a line: the third slide's block moves, the first's does not.
    await writeFile(path, (await readFile(path, 'utf8')).replace('# Two', '# Two\n\nMore text'));
    memo.invalidate(path);
    const second = await memo.load(path, 'a.md');
    const [a, b] = [first.section!.slideFrontMatter, second.section!.slideFrontMatter];
    expect(b[0]).toBe(a[0]);
    expect(b[1]).toBe(a[1]);
    expect(b[2]).not.toBe(a[2]);
    expect(b[2]!.locate(['id']).line).toBe(a[2]!.locate(['id']).line + 2);
    // Same result as a load without the memo.
    expect(JSON.stringify(second)).toBe(JSON.stringify(await loadSection(path, 'a.md')));
  });

  it('does not remember a file that could not be read', async () => {
    dir = await makeTmpDir();
    const path = join(dir, 'gone.md');
    const memo = new SectionMemo();
    await expect(memo.load(path, 'gone.md')).rejects.toThrow(/ENOENT/);
    await writeFile(path, section('Back', ['id: back\n---\n\n# Back']));
    expect((await memo.load(path, 'gone.md')).section?.stem).toBe('gone');
  });

  it('forgets every file under an invalidated folder, and none of a sibling folder whose name starts the same', async () => {
    dir = await makeTmpDir();
    const [inside, sibling] = [join(dir, 'sections', '01-a.md'), join(dir, 'sections2', '01-a.md')];
    for (const path of [inside, sibling]) {
      await mkdir(join(path, '..'));
      await writeFile(path, section('A', ['id: one\n---\n\n# One']));
    }
    const memo = new SectionMemo();
    const before = [await memo.load(inside, 'a.md'), await memo.load(sibling, 'a.md')];
    memo.invalidate(join(dir, 'sections'));
    expect(await memo.load(inside, 'a.md')).not.toBe(before[0]);
    expect(await memo.load(sibling, 'a.md')).toBe(before[1]);
  });
});
