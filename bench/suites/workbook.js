// Issue 16's targets: a 212-slide deck whose 100 charts read sheets of one workbook
// builds cold in at most 1.2× the time of the same deck reading 100 CSV files (whole
// processes, alternating, chart caches deleted before every run); and a 100,000-row
// sheet loads in under a second (read and typed in-process, median of five, after the
// first read has loaded the library).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMs, ratioRow, timeRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { compareProcesses, median } from '../lib/time-process.js';
import { writeWorkbook } from '../lib/workbook.js';

export const name = 'workbook';
export const description = '212 slides, 100 charts from sheets of one .xlsx vs from 100 CSV files; a 100,000-row sheet';

const SLIDES = 212;
const CHARTS = 100;
const BIG_ROWS = 100_000;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const content = syntheticContent({ slides: SLIDES, charts: CHARTS });
  const csvDeck = await writeDeckpressDeck(join(workDir, 'csv', 'decks', 'synthetic'), content);
  log('writing the workbook deck (LibreOffice Calc converts 100 sheets) …');
  const bookDeck = await writeDeckpressDeck(join(workDir, 'book', 'decks', 'synthetic'), content, { workbook: 'figures' });
  const bin = join(root, 'bin', 'deckpress.js');
  const job = (deck, project) => ({ command: process.execPath, args: [bin, 'build', deck, '--out', join(workDir, project, 'out')], cwd: join(workDir, project), env: { NO_COLOR: '1' } });
  log(`${SLIDES} slides, ${CHARTS} charts: each of its own CSV in one deck, of its own sheet of data/figures.xlsx in the other`);

  const cold = await compareProcesses(
    { csv: job(csvDeck, 'csv'), workbook: job(bookDeck, 'book') },
    { before: (label) => rm(join(workDir, label === 'csv' ? 'csv' : 'book', '.deckpress-cache'), { recursive: true, force: true }) },
  );

  log(`writing a ${BIG_ROWS.toLocaleString('en')}-row workbook …`);
  const big = join(workDir, 'big.xlsx');
  await writeWorkbook(big, [{ name: 'Rows', rows: [['country', 'year', 'solar_gw', 'note'], ...Array.from({ length: BIG_ROWS }, (_, i) => [`Country ${i % 200}`, 2000 + (i % 25), Math.round(i * 13.7) / 10, i % 3 ? 'reported' : 'estimate'])] }]);
  const { readWorkbook } = await import(pathToFileURL(join(root, 'lib', 'load', 'read-workbook.js')).href);
  const { sheetTable } = await import(pathToFileURL(join(root, 'lib', 'load', 'sheet-table.js')).href);
  // Wall time, and CPU time: on a shared machine the second is what the load itself costs.
  const loads = [];
  const cpu = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const { sheets } = await readWorkbook(big, 'big.xlsx');
    const { table } = sheetTable(sheets[0], 'big', 'big.xlsx');
    if (table.rows.length !== BIG_ROWS) throw new Error(`read ${table.rows.length} rows of ${BIG_ROWS}`);
    const used = process.cpuUsage(cpuStarted);
    loads.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const [first, ...timed] = loads;

  const rows = [
    ratioRow({ name: `cold build, ${CHARTS} charts from one workbook`, baseline: 'CSV deck', baselineMs: cold.csv.median, ours: cold.workbook.median, maxRatio: 1.2 }),
    timeRow({ name: `${BIG_ROWS.toLocaleString('en')}-row sheet loaded`, ours: median(timed), maxMs: 1000 }),
    timeRow({ name: `${BIG_ROWS.toLocaleString('en')}-row sheet loaded, CPU time`, ours: median(cpu.slice(1)), maxMs: 1000 }),
  ];
  const notes = [
    `cold runs (ms): workbook ${cold.workbook.runs.map(Math.round).join(', ')}; csv ${cold.csv.runs.map(Math.round).join(', ')}`,
    cold.workbook.cpuMedian !== undefined ? `CPU medians: workbook ${formatMs(cold.workbook.cpuMedian)}, csv ${formatMs(cold.csv.cpuMedian)} (ratio ${(cold.workbook.cpuMedian / cold.csv.cpuMedian).toFixed(2)})` : '',
    `100,000-row loads (ms): first with the library import ${Math.round(first)}; then ${timed.map(Math.round).join(', ')} (CPU ${cpu.slice(1).map(Math.round).join(', ')})`,
  ].filter(Boolean);
  await rm(join(workDir, 'csv'), { recursive: true, force: true });
  await rm(join(workDir, 'book'), { recursive: true, force: true });
  return { rows, notes };
}
