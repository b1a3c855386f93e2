/**
 * The one rule for every path a deck names or links to: it is read only if,
 * with every symlink resolved, it lies inside the deck folder or its project
 * (the folder holding decks/). A symlink that stays inside is followed; one that
 * leads out, or a `../..` path that does, is OutsideProject at its position.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { displayPath } from './display-path.js';
import { isInside } from './is-inside.js';
import { projectRoot } from './project-root.js';

/** The folders a deck may read from: itself and its project. */
export function readableRoots(deckDir: string): string[] {
  return [resolve(deckDir), projectRoot(deckDir)];
}

/**
 * undefined when `path` may be read, else an OutsideProject diagnostic at `at`.
 * A missing file is judged by where it would be (its reader reports it missing).
 */
export async function checkInside(path: string, roots: readonly string[], at: SourcePosition, shown = displayPath(path)): Promise<Diagnostic | undefined> {
  const target = await realLocation(path);
  for (const root of roots) {
    const real = await realLocation(root);
    if (isInside(target, real, { orSame: true })) return undefined;
  }
  return diagnose('OutsideProject', at, { path: shown, target, root: roots.map((r) => `"${displayPath(r)}"`).join(' and ') });
}

/** `path` with symlinks resolved; for a missing file, its nearest existing folder's (`../../x.json` is outside even when x.json does not exist). */
async function realLocation(path: string): Promise<string> {
  let dir = resolve(path);
  for (;;) {
    const real = await realpath(dir).catch(() => undefined);
    if (real !== undefined) return real;
    const up = resolve(dir, '..');
    if (up === dir) return dir;
    dir = up;
  }
}

/**
 * The files below `dir` as sorted POSIX paths relative to it (only its own
 * entries unless `recursive`), symlinks to files included when their target
 * stays inside `roots`; a link leading out is a diagnostic at the link (line 1),
 * never silence. `shown` turns a relative path into the path messages show.
 */
export async function listFilesInside(dir: string, roots: readonly string[], shown: (file: string) => string, recursive = true): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const entries = await readdir(dir, { recursive, withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const file = relative(dir, path).split(sep).join('/');
    if (entry.isSymbolicLink()) {
      const refused = await checkInside(path, roots, { file: shown(file), line: 1, column: 1 }, shown(file));
      if (refused) diagnostics.push(refused);
      else if ((await stat(path).catch(() => undefined))?.isFile()) files.push(file);
    } else if (entry.isFile()) files.push(file);
  }
  return { files: files.sort(), diagnostics };
}
