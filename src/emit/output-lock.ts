/**
 * One writer at a time per output folder: two builds to the same `--out` wait
 * for each other instead of racing through the swap. The lock is a file
 * `.<deck>.lock` beside the output naming its owner (pid and a random token);
 * a lock whose owner process is gone (kill -9) is taken over.
 *
 * The lock file appears with its content already in it: the owner line is
 * written to a draft first, then hard-linked to the lock name (link fails if the
 * name exists, atomically). A lock made by mkdir-then-write had a moment where
 * it existed empty; a waiter reading it then took the owner for dead, moved the
 * live lock aside, and two builds swapped the same folder at once.
 */
import { link, readdir, readFile, rename, unlink, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asOutputError } from './output-error.js';
import { isProcessRunning } from './process-running.js';
import { cleanStaleTemps } from './write-atomic.js';

const POLL_MS = 50;

/** Runs `work` holding the locks of every folder in `dirs` (taken in sorted order, so two runs never deadlock). */
export async function withOutputLocks<T>(dirs: readonly string[], work: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(dirs)].sort();
  const held: { lock: string; token: string }[] = [];
  try {
    for (const dir of sorted) {
      held.push(await acquire(dir));
      await cleanStaleTemps(dir);
      await removeDeadDrafts(dir);
    }
    return await work();
  } finally {
    for (const { lock, token } of held.reverse()) await release(lock, token);
  }
}

function lockPath(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.lock`);
}

/** Drafts are named `.<deck>.lock-<pid>-<random>`: not a name cleanStaleTemps removes, since a live waiter may be about to link one. */
function draftPath(lock: string, token: string): string {
  return `${lock}-${token.replace(' ', '-')}`;
}

async function acquire(dir: string): Promise<{ lock: string; token: string }> {
  const lock = lockPath(dir);
  const token = `${process.pid} ${Math.random().toString(36).slice(2, 10)}`;
  const draft = draftPath(lock, token);
  try {
    await mkdir(dirname(dir), { recursive: true });
    await writeFile(draft, token);
  } catch (error) {
    throw asOutputError(error, lock, 'create the lock');
  }
  try {
    for (;;) {
      const taken = await link(draft, lock).then(() => true, (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw asOutputError(error, lock, 'create the lock');
      });
      if (taken) return { lock, token };
      const owner = await readFile(lock, 'utf8').catch(() => undefined);
      if (owner !== undefined && !alive(owner)) await takeOver(lock, owner);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

/** Removes the lock only if it is still ours. */
async function release(lock: string, token: string): Promise<void> {
  if ((await readFile(lock, 'utf8').catch(() => undefined)) === token) await unlink(lock).catch(() => undefined);
}

/**
 * Moves a dead owner's lock aside. If, between reading it and moving it, the dead
 * lock was already broken by another waiter and a live one took its place, the
 * live lock is linked back (if a third run took the name in that instant, both
 * proceed; this needs two waiters breaking the same kill -9 lock at once).
 */
async function takeOver(lock: string, deadOwner: string): Promise<void> {
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  if (!(await rename(lock, aside).then(() => true, () => false))) return;
  const moved = await readFile(aside, 'utf8').catch(() => deadOwner);
  if (moved !== deadOwner) await link(aside, lock).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/** Lock drafts and moved-aside locks of runs that were killed before cleaning up. */
async function removeDeadDrafts(dir: string): Promise<void> {
  const base = basename(lockPath(dir));
  for (const name of await readdir(dirname(dir)).catch(() => [])) {
    if (!name.startsWith(base)) continue;
    const pid = /^(?:-|\.stale-)(\d+)-[a-z0-9]+$/.exec(name.slice(base.length))?.[1];
    if (pid && !alive(pid)) await unlink(join(dirname(dir), name)).catch(() => undefined);
  }
}

function alive(owner: string): boolean {
  return isProcessRunning(Number(owner.split(' ')[0]));
}
