/**
 * A browser wrapper for failure tests: it records each launch's process id (the
 * exec'd browser keeps it, and puppeteer makes it the leader of a process group
 * that holds every helper process), so tests can kill the browser mid-print and
 * then check that nothing of it is left running.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WrappedBrowser {
  path: string;
  /** Process ids of every launch so far. */
  pids(): Promise<number[]>;
  /** The latest launch's process id, read at once: a kill must land before the step it interrupts ends. */
  latestPid(): number;
}

export async function wrapBrowser(dir: string, realPath: string): Promise<WrappedBrowser> {
  const pidFile = join(dir, 'browser-pids');
  const path = join(dir, 'chromium-wrapper.sh');
  await writeFile(pidFile, '');
  await writeFile(path, `#!/bin/sh\necho $$ >> '${pidFile}'\nexec '${realPath}' "$@"\n`);
  await chmod(path, 0o755);
  return {
    path,
    pids: async () => (await readFile(pidFile, 'utf8')).split('\n').filter(Boolean).map(Number),
    latestPid: () => Number(readFileSync(pidFile, 'utf8').split('\n').filter(Boolean).at(-1)),
  };
}

/** Live (not zombie) processes in the process groups of these browser launches. */
export function liveBrowserProcesses(pids: number[]): string[] {
  const groups = new Set(pids);
  const out = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,comm='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([pid, pgid, stat]) => pid && (groups.has(Number(pgid)) || groups.has(Number(pid))) && !stat?.startsWith('Z'))
    .map((cols) => cols.join(' '));
}

/** Waits until `check` is empty (helpers exit a moment after the browser dies). */
export async function eventuallyEmpty(check: () => string[], ms = 5_000): Promise<string[]> {
  const until = Date.now() + ms;
  let left = check();
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = check();
  }
  return left;
}
