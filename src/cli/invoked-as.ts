/**
 * How to run deckpress again from the working folder, for the next steps `new`
 * prints: through npx when it is a dependency of this project, by its script path
 * when it runs from below here (its own repository), else by name (installed globally).
 */
import { realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isInside } from '../load/is-inside.js';

export function invokedAs(): string {
  const cwd = realpathOrSelf(process.cwd());
  return invocationFrom(realpathOrSelf(process.argv[1] ?? ''), cwd, realpathOrSelf(join(cwd, 'node_modules', 'deckpress')));
}

/**
 * The decision, on real paths: `script` is the running bin/deckpress.js, `dependency`
 * what `cwd/node_modules/deckpress` resolves to (a link when the project depends on
 * a checkout of deckpress).
 */
export function invocationFrom(script: string, cwd: string, dependency: string): string {
  if (isInside(script, join(cwd, 'node_modules'), { orSame: false }) || dependency === dirname(dirname(script))) return 'npx deckpress';
  if (isInside(script, cwd, { orSame: false })) return `node ${relative(cwd, script).split(sep).join('/')}`;
  return 'deckpress';
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
