/**
 * Runs in a worker thread (vega-budget.ts starts it): draws one compiled Vega
 * spec to SVG at a time. A spec that loops or eats memory takes this thread
 * down, never the build. Nothing outside the spec is read: no file, no URL.
 */
import { parentPort } from 'node:worker_threads';
import { hasAllowedScheme } from '../validate/link-schemes.js';

export interface VegaJob {
  id: number;
  spec: object;
}

export type VegaReply = { id: number; svg: string; refused: string[] } | { id: number; error: string };

parentPort?.on('message', (job: VegaJob) => {
  void draw(job).then((reply) => parentPort!.postMessage(reply));
});

async function draw(job: VegaJob): Promise<VegaReply> {
  try {
    const vega = await import('vega');
    const refused: string[] = [];
    const loader = vega.loader();
    loader.load = () => Promise.reject(new Error('external data is not loaded; use "data": { "name": "<data file>" }'));
    // Links (the href channel) pass the same scheme check as every link of the deck; refused ones are reported.
    loader.sanitize = async (uri: string) => {
      if (hasAllowedScheme(uri)) return { href: uri };
      refused.push(uri);
      return { href: '' };
    };
    const view = new vega.View(vega.parse(job.spec as never), { renderer: 'none', loader });
    try {
      return { id: job.id, svg: await view.toSVG(), refused };
    } finally {
      view.finalize();
    }
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
