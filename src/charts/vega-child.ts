/**
 * Runs in a child process (vega-budget.ts forks it): draws one compiled Vega
 * spec to SVG at a time. A spec that loops or eats memory takes this process
 * down, never the build. Nothing outside the spec is read: no file, no URL.
 */
import { hasAllowedScheme } from '../validate/link-schemes.js';

export interface VegaJob {
  spec: object;
}

export type VegaReply = { svg: string; refused: string[] } | { error: string };

process.on('message', (job: VegaJob) => {
  void draw(job).then((reply) => process.send?.(reply));
});
// No exit of its own: once the build's channel closes (it exited), nothing holds this process and it ends;
// while it draws, the build kills it on exit (vega-budget.ts).

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
      return { svg: await view.toSVG(), refused };
    } finally {
      view.finalize();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
