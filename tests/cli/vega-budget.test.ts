/** A Vega-Lite bomb is a located ChartOverBudget error within the budget, never heap exhaustion or minutes of work. */
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { writeTmpDeck } from '../helpers/tmp-deck.js';

let deck: string | undefined;
afterEach(async () => {
  if (deck) await rm(dirname(deck), { recursive: true, force: true });
});

describe('Vega-Lite budget', () => {
  it('a sequence bomb is ChartOverBudget at the chart line, exit 1, and the next chart still draws', async () => {
    const spec = { data: { sequence: { start: 0, stop: 3e8, as: 'x' } }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } };
    deck = await writeTmpDeck({
      'charts/bomb.vl.json': JSON.stringify(spec),
      'charts/fine.vl.json': JSON.stringify({ data: { values: [{ x: 1 }, { x: 2 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } }),
      // The fine chart is drawn by a fresh worker right after the bomb's was stopped; that stop must not fail it.
      'sections/01-a.md': '---\ntitle: A\n---\n\n---\nchart: { vega-lite: charts/bomb.vl.json }\nsources: [S]\n---\n\n# Bomb\n\n---\nchart: { vega-lite: charts/fine.vl.json }\nsources: [S]\n---\n\n# Fine\n',
    });
    const result = await runCli(['build', deck, '--out', `${dirname(deck)}/out`]);
    expect(result.stderr).toMatch(/01-a\.md:6:\d+\s+error\s+ChartOverBudget/);
    expect(result.stderr).not.toMatch(/InternalError|heap|FATAL/);
    expect(result.stderr.match(/error\s+ChartOverBudget/g)).toHaveLength(1);
    expect(result.code).toBe(1);
  }, 60_000);

  it('a memory bomb kills only the drawing process: ChartOverBudget at the chart line, exit 1, no V8 report', async () => {
    // Eight-element arrays for 30M rows: well past the heap budget within a few seconds.
    const copies = Array.from({ length: 8 }, () => 'datum.x').join(', ');
    const spec = {
      data: { sequence: { start: 0, stop: 3e7, as: 'x' } },
      transform: [{ calculate: `[${copies}]`, as: 'a' }, { calculate: 'datum.a', as: 'b' }],
      mark: 'point',
      encoding: { x: { field: 'x', type: 'quantitative' } },
    };
    deck = await writeTmpDeck({
      'charts/bomb.vl.json': JSON.stringify(spec),
      'sections/01-a.md': '---\ntitle: A\n---\n\n---\nchart: { vega-lite: charts/bomb.vl.json }\nsources: [S]\n---\n\n# Bomb\n',
    });
    const result = await runCli(['build', deck, '--out', `${dirname(deck)}/out`]);
    // Memory runs out first on a quiet machine; on a loaded one the time budget may come first. Either is the budget.
    expect(result.stderr).toMatch(/01-a\.md:6:\d+\s+error\s+ChartOverBudget .*(needs more than \d+ MB of memory|took longer than)/);
    expect(result.stderr).not.toMatch(/InternalError|heap out of memory|FATAL|Last few GCs/);
    expect(result.code).toBe(1);
  }, 60_000);
});
