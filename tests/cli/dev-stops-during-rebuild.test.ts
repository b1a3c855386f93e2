/**
 * `deckpress dev` stops on SIGTERM while a rebuild is still running: the rebuild
 * (here a Vega-Lite chart that runs into its 10 s drawing budget) is abandoned,
 * not waited for, so a supervisor's SIGTERM is never taken for ignored.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startDevProcess, type DevProcess } from '../helpers/dev-process.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const CHART_SLIDE = (spec: string) => ['---', 'title: Charts', '---', '', '---', 'id: vega', 'layout: chart', `chart: { vega-lite: charts/${spec} }`, '---', '', '# Chart', ''].join('\n');
const FINE = { data: { values: [{ x: 1 }, { x: 2 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } };
// Slow in time, small in memory (a loess fit is quadratic in its rows): the drawing runs into its 10 s budget,
// not into its memory limit, which a sequence of 3e8 rows reached in ~2 s on a quiet machine, before the SIGTERM.
const SLOW = {
  data: { sequence: { start: 0, stop: 100_000, as: 'x' } },
  transform: [{ calculate: 'sin(datum.x)', as: 'y' }, { loess: 'y', on: 'x' }],
  mark: 'line',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
};

let project: string;
let dev: DevProcess | undefined;

afterAll(async () => {
  dev?.child.kill('SIGKILL');
  await rm(project, { recursive: true, force: true });
});

it('exits 0 on SIGTERM during a rebuild, without waiting for it', async () => {
  project = await makeTmpDir('deckpress-dev-stop-');
  const deckDir = join(project, 'decks', 'charts');
  await writeFiles(deckDir, {
    'deck.yaml': 'title: Charts\n',
    'sections/01-charts.md': CHART_SLIDE('fine.json'),
    'charts/fine.json': JSON.stringify(FINE),
    'charts/slow.json': JSON.stringify(SLOW),
  });
  dev = await startDevProcess(deckDir, project);
  // The watcher settles before the edit, so it is seen.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await writeFile(join(deckDir, 'sections', '01-charts.md'), CHART_SLIDE('slow.json'));
  // The rebuild has started drawing the slow chart, which takes its whole budget.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  dev.child.kill('SIGTERM');
  const code = await Promise.race([dev.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000))]);
  expect(code).toBe(0);
  const afterStop = dev.output().split('deckpress dev: stopping')[1];
  expect(afterStop).toBeDefined();
  // Had the rebuild been waited for, its result (the chart over its budget) would follow.
  expect(dev.output().split('deckpress dev: stopping')[0]).not.toMatch(/ChartOverBudget|build failed/);
  expect(afterStop).not.toMatch(/ChartOverBudget|build failed|built in/);
}, 60_000);
