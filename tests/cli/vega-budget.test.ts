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
  it('a sequence bomb is ChartOverBudget at the chart line, exit 1', async () => {
    const spec = { data: { sequence: { start: 0, stop: 3e8, as: 'x' } }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } };
    deck = await writeTmpDeck({
      'charts/bomb.vl.json': JSON.stringify(spec),
      'sections/01-a.md': '---\ntitle: A\n---\n\n---\nchart: { vega-lite: charts/bomb.vl.json }\nsources: [S]\n---\n\n# Bomb\n',
    });
    const result = await runCli(['build', deck, '--out', `${dirname(deck)}/out`]);
    expect(result.stderr).toMatch(/01-a\.md:6:\d+\s+error\s+ChartOverBudget/);
    expect(result.stderr).not.toMatch(/InternalError|heap|FATAL/);
    expect(result.code).toBe(1);
  }, 60_000);
});
