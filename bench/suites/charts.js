// Issue 3's targets: a 212-slide deck with 100 charts builds cold in at most 2× the
// time of the same deck with images in their place; a rebuild with unchanged data
// draws zero charts and is no slower than the image deck. All whole processes,
// alternating, in the same run.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ratioRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { compareProcesses } from '../lib/time-process.js';

export const name = 'charts';
export const description = '212 slides with 100 charts vs the same deck with images; cold and cached';

const SLIDES = 212;
const CHARTS = 100;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  // Two projects, so each has its own .deckpress-cache beside its decks/.
  const withCharts = syntheticContent({ slides: SLIDES, charts: CHARTS });
  const chartSlides = new Set(withCharts.sections.flatMap((s) => s.slides.filter((slide) => slide.chart).map((slide) => slide.id)));
  const chartsDeck = await writeDeckpressDeck(join(workDir, 'charts', 'decks', 'synthetic'), withCharts);
  // The same deck with an image of its own where the other has a chart.
  const imagesDeck = await writeDeckpressDeck(join(workDir, 'images', 'decks', 'synthetic'), syntheticContent({ slides: SLIDES }), { imagesFor: chartSlides });
  const cache = join(workDir, 'charts', '.deckpress-cache');
  const bin = join(root, 'bin', 'deckpress.js');
  const job = (deck, project) => ({ command: process.execPath, args: [bin, 'build', deck, '--out', join(workDir, project, 'out')], cwd: join(workDir, project), env: { NO_COLOR: '1' } });
  log(`${SLIDES} slides; ${CHARTS} of them with a chart of their own CSV in one deck, an image file of their own in the other`);

  // Cold: the chart cache is deleted before every run of the chart deck.
  const cold = await compareProcesses(
    { images: job(imagesDeck, 'images'), charts: job(chartsDeck, 'charts') },
    { before: (label) => label === 'charts' && rm(cache, { recursive: true, force: true }) },
  );
  const drawnCold = chartsDrawn(cold.charts.output);

  // Warm: the cache from the last cold run stays; nothing in data/ changes.
  const warm = await compareProcesses({ images: job(imagesDeck, 'images'), charts: job(chartsDeck, 'charts') });
  const drawnWarm = chartsDrawn(warm.charts.output);

  const rows = [
    ratioRow({ name: `cold build, ${CHARTS} charts`, baseline: 'image deck', baselineMs: cold.images.median, ours: cold.charts.median, maxRatio: 2, target: '≤ 2×' }),
    ratioRow({ name: 'rebuild, unchanged data', baseline: 'image deck', baselineMs: warm.images.median, ours: warm.charts.median, maxRatio: 1, target: '≤ 1× (no slower)' }),
    { name: 'charts drawn on the rebuild', ours: drawnWarm, target: '0', pass: drawnWarm === 0, unit: 'count' },
  ];
  const notes = [
    `charts drawn: cold ${drawnCold}, rebuild ${drawnWarm}`,
    `cold runs (ms): charts ${cold.charts.runs.map(Math.round).join(', ')}; images ${cold.images.runs.map(Math.round).join(', ')}`,
    `rebuild runs (ms): charts ${warm.charts.runs.map(Math.round).join(', ')}; images ${warm.images.runs.map(Math.round).join(', ')}`,
  ];
  await rm(join(workDir, 'charts'), { recursive: true, force: true });
  await rm(join(workDir, 'images'), { recursive: true, force: true });
  return { rows, notes };
}

/** The build prints "charts: N drawn, M cached". */
function chartsDrawn(output) {
  const match = /charts: (\d+) drawn/.exec(output);
  return match ? Number(match[1]) : NaN;
}
