/**
 * Global setup of the vitest projects that run the built CLI (cli, e2e): when a
 * file under src/, templates/, bin/ or scripts/ is newer than the last build, it
 * runs `npm run build:ts` first, so `npx vitest` after an edit never tests stale
 * lib/. `npm test` builds before vitest starts, and this finds nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/** The build's last output (written after tsc's output). */
const BUILT = join(REPO_ROOT, 'lib', 'bundle', 'cli.cjs');
const SOURCES = ['src', 'templates', 'bin', 'scripts'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (Math.max(...SOURCES.map((dir) => newest(join(REPO_ROOT, dir)))) <= built) return;
  process.stderr.write('lib/ is older than the sources: npm run build:ts\n');
  const result = spawnSync('npm', ['run', 'build:ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build:ts failed (exit ${result.status ?? result.signal})`);
}
