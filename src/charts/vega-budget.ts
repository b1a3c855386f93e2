/**
 * Vega specs are drawn in a child process under a time and memory budget: a
 * `sequence`, `width` or facet bomb becomes a located error instead of a build
 * that runs for minutes or dies of heap exhaustion. A process, not a worker
 * thread: V8 running out of heap in a worker can still abort the whole process,
 * while a child that runs out dies alone. One child serves every chart of a run,
 * forked on the first Vega-Lite chart (most decks have none), one chart at a
 * time, so the chart that broke it is always known; it is replaced after a break.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VegaJob, VegaReply } from './vega-child.js';

/** Milliseconds one chart may take to draw. */
export const VEGA_TIME_BUDGET_MS = 10_000;
/** Heap the drawing process may use. */
export const VEGA_HEAP_BUDGET_MB = 512;
/** Largest SVG a chart may be (a slide needs far less). */
export const VEGA_SVG_BUDGET_BYTES = 20 * 1024 * 1024;

/** `overBudget`: the spec broke a limit (time, memory, size) rather than being wrong. */
export type VegaOutcome = { svg: string; refused: string[] } | { error: string; overBudget?: boolean };

let child: ChildProcess | undefined;
/** Charts wait for the one before them. */
let queue: Promise<unknown> = Promise.resolve();

/** Draws a compiled Vega spec within the budget; an error says what was exceeded. */
export function drawVegaWithinBudget(spec: object): Promise<VegaOutcome> {
  const turn = queue.then(() => drawOne(spec));
  queue = turn.catch(() => undefined);
  return turn;
}

function drawOne(spec: object): Promise<VegaOutcome> {
  const current = (child ??= start());
  setBusy(current, true);
  return new Promise<VegaOutcome>((resolve) => {
    const done = (outcome: VegaOutcome) => {
      clearTimeout(timer);
      current.off('message', onReply);
      current.off('exit', onExit);
      setBusy(current, false);
      resolve(outcome);
    };
    const onReply = (reply: VegaReply) => {
      if ('svg' in reply && reply.svg.length > VEGA_SVG_BUDGET_BYTES) done({ error: `its SVG is larger than ${VEGA_SVG_BUDGET_BYTES / 1024 / 1024} MB`, overBudget: true });
      else done(reply);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      forget(current);
      // V8 out of heap aborts the process (SIGABRT; exit code 134 through a shell).
      if (signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134) done({ error: `drawing it needs more than ${VEGA_HEAP_BUDGET_MB} MB of memory`, overBudget: true });
      else done({ error: `the drawing process stopped (${signal ?? `exit code ${code}`})` });
    };
    const timer = setTimeout(() => {
      forget(current);
      current.kill('SIGKILL');
      done({ error: `drawing it took longer than ${VEGA_TIME_BUDGET_MS / 1000} s`, overBudget: true });
    }, VEGA_TIME_BUDGET_MS);
    current.on('message', onReply);
    current.on('exit', onExit);
    current.send({ spec } satisfies VegaJob);
  });
}

function start(): ChildProcess {
  const started = fork(childFile(), [], {
    execArgv: [`--max-old-space-size=${VEGA_HEAP_BUDGET_MB}`],
    // V8's out-of-memory report is not the user's to read: the budget error says it.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    serialization: 'advanced',
  });
  // A failed send is followed by the exit, which settles the chart.
  started.on('error', () => undefined);
  // A child busy with a bomb would not see its channel close: it goes with the build (dev abandons a rebuild on SIGTERM).
  const killOnExit = () => started.kill('SIGKILL');
  process.once('exit', killOnExit);
  started.once('exit', () => process.off('exit', killOnExit));
  return started;
}

function forget(stopped: ChildProcess): void {
  if (child === stopped) child = undefined;
}

/** An idle child does not keep the build's process alive; it exits when its channel closes. */
function setBusy(current: ChildProcess, busy: boolean): void {
  if (busy) {
    current.ref();
    current.channel?.ref();
  } else {
    current.unref();
    current.channel?.unref();
  }
}

/** The compiled child: beside this module in lib/ (and the bundle's lib/charts/), or lib's when run from src/. */
function childFile(): string {
  for (const candidate of ['../charts/vega-child.js', '../../lib/charts/vega-child.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('lib/charts/vega-child.js is missing; run `npm run build:ts`');
}
