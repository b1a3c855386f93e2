import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { projectTemplatesDir } from '../load/load-templates.js';
import { diffError } from './diff-error.js';

const run = promisify(execFile);

/**
 * The deck folder as it was at git revision `rev`, written into a new temporary
 * folder from `git archive` (with the project's templates/, at the same place
 * relative to it); the work tree, the index and HEAD are never touched.
 * `remove` deletes the temporary folder.
 */
export async function checkoutRevision(rev: string, deckDir: string): Promise<{ deckDir: string; remove: () => Promise<void> }> {
  const deck = resolve(deckDir);
  const fail = (detail: string) => diffError('DiffRevisionNotFound', { rev, deck: deckDir, detail });
  const git = async (args: string[], cwd: string) => {
    try {
      return (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (error) {
      throw fail(((error as { stderr?: string }).stderr ?? String(error)).trim().split('\n')[0] ?? 'git failed');
    }
  };
  const top = (await git(['rev-parse', '--show-toplevel'], deck)).trim();
  const posix = (path: string) => relative(top, path).split(sep).join('/');
  const deckPath = posix(deck);
  if (!(await git(['ls-tree', '--name-only', rev, '--', `${deckPath}/deck.yaml`], top)).trim()) throw fail(`it has no ${deckPath}/deck.yaml there`);
  const templates = posix(projectTemplatesDir(deck));
  const paths = [deckPath, ...((await git(['ls-tree', '-d', '--name-only', rev, '--', templates], top)).trim() ? [templates] : [])];

  const root = await mkdtemp(join(tmpdir(), 'deckpress-since-'));
  try {
    await extract(top, ['archive', '--format=tar', rev, '--', ...paths], root);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw fail((error as Error).message);
  }
  return { deckDir: join(root, deckPath), remove: () => rm(root, { recursive: true, force: true }) };
}

/** `git archive … | tar -x -C into`, without a shell. */
function extract(cwd: string, gitArgs: string[], into: string): Promise<void> {
  return new Promise((done, failed) => {
    const git = spawn('git', gitArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    git.stdout.pipe(tar.stdin);
    let pending = 2;
    const finished = (code: number | null) => {
      if (code !== 0) failed(new Error(stderr.trim().split('\n')[0] || `git archive exited with ${code}`));
      else if (--pending === 0) done();
    };
    git.on('error', failed).on('close', finished);
    tar.on('error', failed).on('close', finished);
  });
}
