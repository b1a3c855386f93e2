import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../../src/load/load-data-folder.js';
import { DataFolderMemo } from '../../../src/serve/data-folder-memo.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('DataFolderMemo', () => {
  it.each(['data-files', 'data-broken'])('reads %s exactly as loadDataFolder does', async (fixture) => {
    const dir = join('tests', 'fixtures', fixture, 'data');
    expect(await new DataFolderMemo().load(dir, 'shown/data')).toEqual(await loadDataFolder(dir, 'shown/data'));
  });

  it('reports two files of one name as loadDataFolder does', async () => {
    const dir = await makeTmpDir();
    dirs.push(dir);
    await writeFile(join(dir, 'x.csv'), 'a,b\n1,2\n');
    await writeFile(join(dir, 'x.json'), '[{"a": 1}]');
    const memo = await new DataFolderMemo().load(dir, 'd');
    expect(memo.diagnostics.map((d) => d.code)).toEqual(['DuplicateDataFile']);
    expect(memo).toEqual(await loadDataFolder(dir, 'd'));
  });

  it('keeps the table of a file that did not change, and reads a changed or new one', async () => {
    const dir = await makeTmpDir();
    dirs.push(dir);
    await cp(join('tests', 'fixtures', 'data-files', 'data'), dir, { recursive: true });
    const memo = new DataFolderMemo();
    const first = await memo.load(dir, 'd');
    await writeFile(join(dir, 'openai-revenue.csv'), 'year,revenue_usd\n2024,1\n');
    await writeFile(join(dir, 'extra.csv'), 'k,v\na,1\n');
    // Not told yet: the memo answers from memory (the watcher tells it).
    expect((await memo.load(dir, 'd')).tables.get('openai-revenue')).toBe(first.tables.get('openai-revenue'));
    memo.invalidate(join(dir, 'openai-revenue.csv'));
    const second = await memo.load(dir, 'd');
    expect(second.tables.get('openai-revenue')).not.toBe(first.tables.get('openai-revenue'));
    expect(second.tables.get('openai-revenue')?.rows.map((r) => r.values.revenue_usd)).toEqual([1]);
    expect(second.tables.get('facts')).toBe(first.tables.get('facts'));
    expect(second.tables.has('extra')).toBe(true);
  });

  it('reads a changed workbook again, sheet by sheet', async () => {
    const dir = await makeTmpDir();
    dirs.push(dir);
    const book = join(dir, 'market.xlsx');
    await cp(join('tests', 'fixtures', 'workbooks', 'market.xlsx'), book);
    const memo = new DataFolderMemo();
    const first = await memo.load(dir, 'd');
    expect([...first.tables.keys()].sort()).toEqual(['market#Capacity', 'market#Prices', 'market#Units']);
    // The same name now holds a one-sheet workbook (as if a sheet were deleted and saved).
    await cp(join('tests', 'fixtures', 'workbooks', 'solar.xlsx'), book);
    memo.invalidate(book);
    const second = await memo.load(dir, 'd');
    expect([...second.tables.keys()].sort()).toEqual(['market', 'market#solar']);
    expect(second.tables.get('market')?.rows.map((r) => r.values.solar_gw)).toEqual([1185, 1624, 2217]);
  });

  it('forgets every file under an invalidated folder, and none of a sibling folder whose name starts the same', async () => {
    const root = await makeTmpDir();
    dirs.push(root);
    const [data, data2] = [join(root, 'data'), join(root, 'data2')];
    for (const dir of [data, data2]) {
      await mkdir(dir);
      await writeFile(join(dir, 'x.csv'), 'k,v\na,1\n');
    }
    const memo = new DataFolderMemo();
    const before = [await memo.load(data, 'data'), await memo.load(data2, 'data2')];
    for (const dir of [data, data2]) await writeFile(join(dir, 'x.csv'), 'k,v\na,2\n');
    memo.invalidate(data);
    const after = [await memo.load(data, 'data'), await memo.load(data2, 'data2')];
    expect(after[0]!.tables.get('x')?.rows.map((r) => r.values.v)).toEqual([2]);
    expect(after[1]!.tables.get('x')).toBe(before[1]!.tables.get('x'));
  });
});
