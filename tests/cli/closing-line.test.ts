/** `npm test` ends with the plain `tests: N passed, N failed` line that CI log readers look for. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';

it('closes a vitest run with the counts of its passed, failed and skipped tests, alone on the last line', () => {
  const fixture = join(REPO_ROOT, 'tests', 'fixtures', 'vitest-closing-line');
  const run = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', fixture, '--config', join(fixture, 'vitest.config.mjs'),
      '--reporter', 'default', '--reporter', join(REPO_ROOT, 'tests', 'reporters', 'closing-line.ts')],
    { cwd: fixture, encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' }, timeout: 60_000 },
  );
  expect(run.status, run.stderr).toBe(1);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toBe('tests: 2 passed, 1 failed, 1 skipped');
});
