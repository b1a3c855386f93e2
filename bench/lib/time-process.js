// Wall-clock timing of whole processes (start-up, imports and exit included),
// because that is what a user waits for.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// With bash, each command runs under `bash -c '…; times'`, whose last line is the
// CPU time (user, sys) of the command and its children: a second measure that a
// busy machine disturbs less than wall time. The wrapper costs ~2 ms for every tool.
const BASH = process.platform !== 'win32' && existsSync('/bin/bash') ? '/bin/bash' : undefined;
const TIMES = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/;

/** BENCH_RUNS overrides every suite's number of timed runs (default 5). */
export const DEFAULT_RUNS = Number(process.env.BENCH_RUNS) > 0 ? Number(process.env.BENCH_RUNS) : 5;

/**
 * Runs a command once and resolves with its wall time in ms. A non-zero exit is
 * an error carrying the command's output: a benchmark of a failing build means nothing.
 * `cpu`, when given, measures the CPU time instead of the shell's `times` (and the
 * command runs without the shell): it is called with the started process and returns
 * the function that gives the CPU time in ms once the process has exited (tree-cpu.js).
 * @param {{ command: string, args?: string[], cwd?: string, env?: NodeJS.ProcessEnv }} job
 * @param {{ cpu?: (child: import('node:child_process').ChildProcess) => () => number }} [options]
 */
export function runOnce({ command, args = [], cwd, env }, { cpu } = {}) {
  return new Promise((resolve, reject) => {
    const shell = cpu ? undefined : BASH;
    const [file, argv] = shell
      ? [shell, ['-c', '"$@"; s=$?; times 1>&2; exit $s', 'bench', command, ...args]]
      : [command, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const cpuOf = cpu?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => {
      cpuOf?.();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let cpuMs = cpuOf?.();
      const times = shell ? TIMES.exec(stderr) : null;
      if (times) {
        // `times` prints the shell's own CPU time, then its children's (ours).
        cpuMs = (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000;
        stderr = stderr.slice(0, times.index).replace(/\d+m[\d.]+s\s+\d+m[\d.]+s\s*$/, '');
      }
      const output = stdout + stderr;
      if (code === 0) resolve({ ms, cpuMs, output });
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code ?? signal}\n${output.slice(-4000)}`));
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times several commands against each other: one warm-up run each (disk cache,
 * lazily created folders), then `runs` rounds that alternate between them so a
 * slow moment of the machine hits all alike. `before(label)` runs untimed before
 * each run (e.g. to delete the previous output).
 * @param {Record<string, Parameters<typeof runOnce>[0]>} jobs
 * @returns {Promise<Record<string, { median: number, runs: number[], cpuMedian?: number, cpuRuns: number[], output: string }>>}
 */
export async function compareProcesses(jobs, { runs = DEFAULT_RUNS, warmup = 1, before } = {}) {
  const results = Object.fromEntries(Object.keys(jobs).map((label) => [label, { median: 0, runs: [], cpuRuns: [], output: '' }]));
  for (let round = -warmup; round < runs; round++) {
    for (const [label, job] of Object.entries(jobs)) {
      await before?.(label);
      const { ms, cpuMs, output } = await runOnce(job);
      results[label].output = output;
      if (round >= 0) {
        results[label].runs.push(ms);
        if (cpuMs !== undefined) results[label].cpuRuns.push(cpuMs);
      }
    }
  }
  for (const result of Object.values(results)) {
    result.median = median(result.runs);
    result.cpuMedian = result.cpuRuns.length ? median(result.cpuRuns) : undefined;
  }
  return results;
}

/** One command alone: median of `runs` after `warmup` runs. */
export async function timeProcess(job, options = {}) {
  return (await compareProcesses({ job }, options)).job;
}
