import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchPaths, type PathWatcher } from '../../../src/serve/watch-paths.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let dir: string;
let watcher: PathWatcher | undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; !check() && Date.now() < end; ) await sleep(10);
}

beforeEach(async () => {
  dir = await makeTmpDir();
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'data', 'a.csv'), 'x\n1\n');
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('watchPaths', () => {
  it('hands over a quick series of edits as one batch of absolute paths', async () => {
    const batches: string[][] = [];
    watcher = await watchPaths([dir], async (changed) => void batches.push(changed.sort()));
    await writeFile(join(dir, 'data', 'a.csv'), 'x\n2\n');
    await writeFile(join(dir, 'data', 'b.csv'), 'x\n3\n');
    await until(() => batches.length > 0);
    await sleep(150);
    expect(batches).toEqual([[join(dir, 'data', 'a.csv'), join(dir, 'data', 'b.csv')]]);
  });

  it('ignores hidden files such as editor swap files', async () => {
    const batches: string[][] = [];
    watcher = await watchPaths([dir], async (changed) => void batches.push(changed));
    await writeFile(join(dir, 'data', '.a.csv.swp'), 'swap');
    await mkdir(join(dir, '.deckpress-cache'));
    await writeFile(join(dir, '.deckpress-cache', 'x'), 'cache');
    await sleep(300);
    expect(batches).toEqual([]);
  });

  it('catches a second save that chokidar drops (within 50 ms of the first)', async () => {
    const file = join(dir, 'data', 'a.csv');
    const read: string[] = [];
    watcher = await watchPaths([dir], async () => {
      read.push(await readFile(file, 'utf8'));
      // Saved again right after the first batch was read: chokidar reports no second change.
      if (read.length === 1) await writeFile(file, 'x\nsecond, longer\n');
    });
    await writeFile(file, 'x\nfirst\n');
    await until(() => read.at(-1) === 'x\nsecond, longer\n', 1500);
    expect(read).toEqual(['x\nfirst\n', 'x\nsecond, longer\n']);
  });

  it('hands over nothing after close', async () => {
    const batches: string[][] = [];
    watcher = await watchPaths([dir], async (changed) => void batches.push(changed));
    await watcher.close();
    watcher = undefined;
    await writeFile(join(dir, 'data', 'a.csv'), 'x\n9\n');
    await sleep(200);
    expect(batches).toEqual([]);
  });
});
