/** `npm test` ends with the plain `N passed, N failed` line that CI log readers look for. */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

// A project of its own, written here so that no skipped test sits in tests/: one test of each outcome.
const PROJECT = {
  'vitest.config.mjs': "export default { test: { include: ['*.test.mjs'] } };\n",
  'outcomes.test.mjs': `import { expect, it } from 'vitest';
it('passes', () => expect(1 + 1).toBe(2));
it('fails', () => expect(1 + 1).toBe(3));
it('is skipped', { skip: true }, () => expect(true).toBe(true));
it('passes again', () => expect([1, 2]).toHaveLength(2));
`,
  // A file whose tests pass but whose teardown throws fails the run, and so counts as a failure.
  'teardown.test.mjs': `import { afterAll, expect, it } from 'vitest';
afterAll(() => { throw new Error('the teardown failed'); });
it('passes before a failing teardown', () => expect(true).toBe(true));
`,
};

let project: string;

beforeAll(async () => {
  project = await makeTmpDir('deckpress-closing-line-');
  await writeFiles(project, PROJECT);
});

afterAll(() => rm(project, { recursive: true, force: true }));

it('closes a vitest run with the counts of its passed, failed and skipped tests, a failed teardown among the failures, alone on the last line', () => {
  const run = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', project, '--config', join(project, 'vitest.config.mjs'),
      '--reporter', 'default', '--reporter', join(REPO_ROOT, 'tests', 'reporters', 'closing-line.ts')],
    { cwd: project, encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1' }, timeout: 60_000 },
  );
  expect(run.status, run.stderr).toBe(1);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toBe('3 passed, 2 failed, 1 skipped');
});
