/**
 * The one rule for "is this path inside that folder", on path text alone (no
 * symlinks resolved: callers that must follow links pass real paths). A path is
 * inside when the way from the folder to it never climbs out: `..`, `../x` and
 * `x/../..` are outside; `/a/deck2` is not inside `/a/deck` (a common prefix is
 * not a parent); relative paths count from the working folder.
 */
import { isAbsolute, relative, sep } from 'node:path';

export interface InsideOptions {
  /** Whether the folder itself counts as inside: true for "may this be read", false for "is this below it". */
  orSame: boolean;
}

export function isInside(path: string, folder: string, { orSame }: InsideOptions): boolean {
  const rel = relative(folder, path);
  if (rel === '') return orSame;
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
