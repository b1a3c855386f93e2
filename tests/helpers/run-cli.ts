/** Runs the real CLI (bin/deckpress.js over the compiled lib/) as a child process. */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './repo-root.js';

const BIN = `${REPO_ROOT}/bin/deckpress.js`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `bin` is another copy of bin/deckpress.js, for tests of a package laid out differently. */
export function runCli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}, bin = BIN): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
