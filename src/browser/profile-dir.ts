/**
 * Each launched browser gets a throwaway profile folder in the temporary folder,
 * with the id of the deckpress process that owns it in a file inside (not in the
 * folder's name: Chrome's singleton socket lives in there too, and a socket path
 * has at most 107 bytes). A run killed with SIGKILL cannot remove its folder; a
 * later run removes every folder whose owner has gone.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessRunning } from '../emit/process-running.js';

const PREFIX = 'deckpress-chrome-';
const OWNER_FILE = 'deckpress-owner';
/** A folder without an owner file (made by an older deckpress) is left alone this long. */
const UNOWNED_GRACE_MS = 60 * 60 * 1000;

export async function createProfile(dir = tmpdir()): Promise<string> {
  const profile = await mkdtemp(join(dir, PREFIX));
  await writeFile(join(profile, OWNER_FILE), String(process.pid));
  return profile;
}

export async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Removes the profiles of deckpress processes that no longer run; returns their paths. */
export async function removeStaleProfiles(dir = tmpdir()): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.startsWith(PREFIX));
  const stale = (await Promise.all(names.map(async (name) => ((await isStale(join(dir, name))) ? join(dir, name) : undefined)))).filter(
    (path): path is string => path !== undefined,
  );
  await Promise.all(stale.map(removeProfile));
  return stale;
}

async function isStale(profile: string): Promise<boolean> {
  const owner = await readFile(join(profile, OWNER_FILE), 'utf8').catch(() => undefined);
  if (owner !== undefined) return !isProcessRunning(Number(owner));
  const modified = await stat(profile).then((s) => s.mtimeMs, () => Date.now());
  return Date.now() - modified > UNOWNED_GRACE_MS;
}
