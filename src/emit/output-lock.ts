/**
 * One writer at a time per output folder: two builds to the same `--out` wait
 * for each other instead of racing through the swap. The lock is a folder
 * `.<deck>.lock` beside the output (mkdir is atomic) naming its owner's pid; a
 * lock whose owner is gone (kill -9) is taken over.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asOutputError } from './output-error.js';
import { cleanStaleTemps } from './write-atomic.js';

const POLL_MS = 50;
/** A lock without an owner file this old was left by a run killed between mkdir and writing it. */
const ORPHAN_MS = 5_000;

/** Runs `work` holding the locks of every folder in `dirs` (taken in sorted order, so two runs never deadlock). */
export async function withOutputLocks<T>(dirs: readonly string[], work: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(dirs)].sort();
  const held: string[] = [];
  try {
    for (const dir of sorted) {
      held.push(await acquire(dir));
      await cleanStaleTemps(dir);
    }
    return await work();
  } finally {
    for (const lock of held.reverse()) await rm(lock, { recursive: true, force: true });
  }
}

function lockPath(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.lock`);
}

async function acquire(dir: string): Promise<string> {
  const lock = lockPath(dir);
  const token = `${process.pid} ${Math.random().toString(36).slice(2)}`;
  await mkdir(dirname(dir), { recursive: true }).catch((error: unknown) => {
    throw asOutputError(error, dirname(dir), 'create');
  });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'owner'), token);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asOutputError(error, lock, 'create the lock');
    }
    const owner = await readFile(join(lock, 'owner'), 'utf8').catch(() => undefined);
    if (owner !== undefined ? !alive(owner) : await orphaned(lock)) await takeOver(lock, owner ?? '');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Moves a dead owner's lock aside; if another process re-took it meanwhile, gives it back. */
async function takeOver(lock: string, deadOwner: string): Promise<void> {
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  if (!(await rename(lock, aside).then(() => true, () => false))) return;
  const moved = await readFile(join(aside, 'owner'), 'utf8').catch(() => '');
  if (moved !== deadOwner) await rename(aside, lock).catch(() => undefined);
  else await rm(aside, { recursive: true, force: true });
}

async function orphaned(lock: string): Promise<boolean> {
  const info = await stat(lock).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ORPHAN_MS;
}

function alive(owner: string): boolean {
  const pid = Number(owner.split(' ')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
