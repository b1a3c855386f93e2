/**
 * Vega specs are drawn in a worker thread under a time and memory budget: a
 * `sequence`, `width` or facet bomb becomes a located error instead of a build
 * that runs for minutes or dies of heap exhaustion. One worker serves every
 * chart of a process; it is replaced after a spec breaks it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VegaJob, VegaReply } from './vega-worker.js';

/** Seconds one chart may take to draw. */
export const VEGA_TIME_BUDGET_MS = 10_000;
/** Heap the drawing thread may use. */
export const VEGA_HEAP_BUDGET_MB = 512;
/** Largest SVG a chart may be (a slide needs far less). */
export const VEGA_SVG_BUDGET_BYTES = 20 * 1024 * 1024;

/** `overBudget`: the spec broke a limit (time, memory, size) rather than being wrong. */
export type VegaOutcome = { svg: string; refused: string[] } | { error: string; overBudget?: boolean };

let worker: Worker | undefined;
let nextId = 0;
/** Jobs waiting for a reply, with the worker drawing each: a worker that stops fails only its own jobs. */
const pending = new Map<number, { by: Worker; settle: (reply: VegaOutcome) => void }>();

/** The compiled worker: beside this module in lib/ (and the bundle's lib/charts/), or lib's when run from src/. */
function workerFile(): string {
  for (const candidate of ['../charts/vega-worker.js', '../../lib/charts/vega-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('lib/charts/vega-worker.js is missing; run `npm run build:ts`');
}

function start(): Worker {
  const started = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: VEGA_HEAP_BUDGET_MB } });
  const fail = (message: string, overBudget: boolean) => {
    if (worker === started) worker = undefined;
    for (const [id, { by, settle }] of pending) {
      if (by !== started) continue;
      pending.delete(id);
      settle(overBudget ? { error: message, overBudget } : { error: message });
    }
  };
  started.on('message', (reply: VegaReply) => {
    const settle = pending.get(reply.id)?.settle;
    pending.delete(reply.id);
    if (![...pending.values()].some((job) => job.by === started)) started.unref();
    settle?.('error' in reply ? { error: reply.error } : { svg: reply.svg, refused: reply.refused });
  });
  started.on('error', (error: Error & { code?: string }) =>
    error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fail(`drawing it needs more than ${VEGA_HEAP_BUDGET_MB} MB of memory`, true) : fail(error.message, false));
  started.on('exit', () => fail('the drawing thread stopped', true));
  return started;
}

/** Draws a compiled Vega spec within the budget; an error says what was exceeded. */
export function drawVegaWithinBudget(spec: object): Promise<VegaOutcome> {
  worker ??= start();
  const current = worker;
  current.ref();
  const id = nextId++;
  return new Promise<VegaOutcome>((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      if (worker === current) worker = undefined;
      void current.terminate();
      resolve({ error: `drawing it took longer than ${VEGA_TIME_BUDGET_MS / 1000} s`, overBudget: true });
    }, VEGA_TIME_BUDGET_MS);
    timer.unref();
    pending.set(id, { by: current, settle: (outcome) => {
      clearTimeout(timer);
      if ('svg' in outcome && outcome.svg.length > VEGA_SVG_BUDGET_BYTES) resolve({ error: `its SVG is larger than ${VEGA_SVG_BUDGET_BYTES / 1024 / 1024} MB`, overBudget: true });
      else resolve(outcome);
    } });
    current.postMessage({ id, spec } satisfies VegaJob);
  });
}
