/**
 * The one way deckpress writes output: a file or a folder is made beside its
 * target under a temporary name, then renamed over it, so a reader (or the next
 * run, after a crash) sees the old output or the new, never a half-written one.
 * Disk errors come out as OutputWriteFailed (path, what failed, a hint).
 */
import { link, copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asOutputError } from './output-error.js';

/** Names of our temporary siblings: `.<name>.<tag>-<pid>-<random>`. */
const TEMP_NAME = /^\..+\.(tmp|building|old)-\d+-[a-z0-9]+$/;

/** A sibling temporary path: same folder, so the final rename never crosses a file system. */
export function siblingTemp(path: string, tag: 'tmp' | 'building' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Writes a file so readers see the old content or the new, never a partial one. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = siblingTemp(path, 'tmp');
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw asOutputError(error, path, 'write');
  }
}

export interface ReplaceOptions {
  /**
   * Entries of the previous folder (paths relative to it, with `/`) that the new
   * one did not write and that stay: outputs of other commands (a PDF, PNGs, a
   * variant not rebuilt). Default: none; the folder is replaced whole.
   */
  keep?: (relativePath: string) => boolean;
}

/**
 * Builds a folder in a temporary sibling, then swaps it in. If `fill` throws,
 * the previous folder is untouched and the temporary one is removed. Callers
 * that may race on `dir` hold its output lock (output-lock.ts).
 */
export async function replaceDirAtomic(dir: string, fill: (tempDir: string) => Promise<void>, options: ReplaceOptions = {}): Promise<void> {
  const temp = siblingTemp(dir, 'building');
  const old = siblingTemp(dir, 'old');
  let step = 'create';
  try {
    await mkdir(temp, { recursive: true });
    step = 'write';
    await fill(temp);
    step = 'keep earlier outputs in';
    if (options.keep) await carryOver(dir, temp, '', options.keep);
    step = 'replace';
    const hadOld = await rename(dir, old).then(() => true, (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    });
    await rename(temp, dir);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw asOutputError(error, dir, step);
  }
}

/** Links (or copies) into `to` the entries of `from` it lacks and `keep` accepts; folders in both are merged. */
async function carryOver(from: string, to: string, prefix: string, keep: (relativePath: string) => boolean): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const present = new Set(await readdir(to));
  for (const entry of entries) {
    const rel = `${prefix}${entry.name}`;
    if (isTempName(entry.name)) continue;
    if (present.has(entry.name)) {
      if (entry.isDirectory()) await carryOver(join(from, entry.name), join(to, entry.name), `${rel}/`, keep);
      continue;
    }
    if (!keep(rel)) continue;
    if (entry.isDirectory()) {
      await mkdir(join(to, entry.name));
      await carryOver(join(from, entry.name), join(to, entry.name), `${rel}/`, () => true);
    } else if (entry.isFile()) {
      // A hard link costs nothing and leaves the old folder intact until the swap.
      await link(join(from, entry.name), join(to, entry.name)).catch(() => copyFile(join(from, entry.name), join(to, entry.name)));
    }
  }
}

/**
 * Removes what killed runs left beside `dir`: temporary siblings of it, and
 * restores the previous output if a run died between the two renames of a swap.
 * Only call it while holding `dir`'s output lock.
 */
export async function cleanStaleTemps(dir: string): Promise<void> {
  const parent = dirname(dir);
  const prefix = `.${basename(dir)}.`;
  const stale = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix) && isTempName(name));
  const hasDir = await readdir(dir).then(() => true, () => false);
  let restored: string | undefined;
  if (!hasDir) restored = await newestOutput(parent, stale.filter((name) => name.includes('.old-')));
  if (restored) {
    await rename(join(parent, restored), dir).catch((error: unknown) => {
      throw asOutputError(error, dir, 'restore the previous output to');
    });
  }
  for (const name of stale) if (name !== restored) await rm(join(parent, name), { recursive: true, force: true });
}

/**
 * Moves the files of `staging` into `dir` (each rename atomic), then removes the
 * files of `dir` that `isOwn` claims and this run did not write (pages of an
 * earlier, longer export). Used for sets of files that share a folder with
 * other outputs, such as PNGs beside a variant's subfolder.
 */
export async function commitStagedFiles(staging: string, dir: string, isOwn: (name: string) => boolean): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const written = new Set(await readdir(staging));
    for (const name of written) await rename(join(staging, name), join(dir, name));
    for (const name of await readdir(dir)) if (isOwn(name) && !written.has(name)) await rm(join(dir, name), { force: true });
    await rm(staging, { recursive: true, force: true });
  } catch (error) {
    throw asOutputError(error, dir, 'write');
  }
}

/** The most recent of `names` that holds a built deck (an index.html). */
async function newestOutput(parent: string, names: string[]): Promise<string | undefined> {
  const built = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(parent, name, 'index.html')).catch(() => undefined))?.mtimeMs })));
  return built.filter((b) => b.time !== undefined).sort((a, b) => b.time! - a.time!)[0]?.name;
}
