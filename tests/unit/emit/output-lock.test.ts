/** withOutputLocks: one holder at a time, never a lost lock, and a dead owner's lock taken over. */
import { readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withOutputLocks } from '../../../src/emit/output-lock.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

let root: string;
beforeEach(async () => {
  root = await makeTmpDir();
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A pid no process has (above Linux's pid_max). */
const DEAD_PID = 4_194_999;

describe('withOutputLocks', () => {
  it('lets one holder in at a time among many waiters, and every waiter gets its turn', async () => {
    const dir = join(root, 'out', 'deck');
    let inside = 0;
    let most = 0;
    let turns = 0;
    // The mkdir-then-write lock lost its holder within a few rounds like these (a waiter read it empty).
    for (let round = 0; round < 20; round++) {
      await Promise.all(Array.from({ length: 10 }, () => withOutputLocks([dir], async () => {
        inside += 1;
        most = Math.max(most, inside);
        await new Promise((resolve) => setImmediate(resolve));
        inside -= 1;
        turns += 1;
      })));
    }
    expect(most).toBe(1);
    expect(turns).toBe(200);
    expect(await readdir(join(root, 'out'))).toEqual([]);
  }, 120_000);

  it('takes over a lock whose owner was killed, and removes its leftover draft', async () => {
    const dir = join(root, 'out', 'deck');
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out', '.deck.lock'), `${DEAD_PID} abc`);
    await writeFile(join(root, 'out', `.deck.lock-${DEAD_PID}-abc`), `${DEAD_PID} abc`);
    expect(await withOutputLocks([dir], async () => 'ran')).toBe('ran');
    expect(await readdir(join(root, 'out'))).toEqual([]);
  });

  it('waits for a live owner', async () => {
    const dir = join(root, 'out', 'deck');
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out', '.deck.lock'), `${process.pid} someone-else`);
    let ran = false;
    const waiting = withOutputLocks([dir], async () => {
      ran = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toBe(false);
    await rm(join(root, 'out', '.deck.lock'));
    await waiting;
    expect(ran).toBe(true);
  });
});
