// Issue 4's targets, on a 212-slide deck, in the same run: `deckpress pdf` (which
// also builds the HTML) takes at most 1.25× the floor — headless Chromium printing
// the same print.html — and at most 0.6× Marp CLI's PDF export of the same content;
// the PDF is no larger than Marp's; a 2,000-slide deck exports with no timeout, in at
// most 10× the 212-slide deck's time (issue 17; 5,000 slides: the pdf-large suite).
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensurePeerTool } from '../lib/peer-tool.js';
import { formatMs, ratioRow } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck, writeMarpMarkdown } from '../lib/synthetic-deck.js';
import { compareProcesses, runOnce } from '../lib/time-process.js';

export const name = 'pdf';
export const description = 'PDF export of a 212-slide deck vs Chromium --print-to-pdf and Marp CLI; 2,000 slides';

const SLIDES = 212;
const BIG = 2000;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--no-pdf-header-footer'];

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const marp = ensurePeerTool({ spec: '@marp-team/marp-cli@4', bin: 'marp' });
  const content = syntheticContent({ slides: SLIDES });
  const deckDir = await writeDeckpressDeck(join(workDir, 'decks', 'synthetic'), content);
  const marpFile = await writeMarpMarkdown(join(workDir, 'marp', 'deck.md'), content);
  const bin = join(root, 'bin', 'deckpress.js');
  const out = join(workDir, 'out');
  const env = { CHROME_PATH: CHROMIUM, NO_COLOR: '1' };

  // The floor prints the print document a build writes; build it once first.
  await runOnce({ command: process.execPath, args: [bin, 'build', deckDir, '--out', join(workDir, 'floor-html')], cwd: workDir, env });
  const printHtml = pathToFileURL(join(workDir, 'floor-html', 'synthetic', 'print.html')).href;
  const files = { deckpress: join(out, 'synthetic', 'synthetic.pdf'), floor: join(workDir, 'floor.pdf'), marp: join(workDir, 'marp', 'deck.pdf') };
  log(`${SLIDES} slides (headline, 3 bullets, image, source); marp-cli ${marp.version}; Chromium ${CHROMIUM}`);
  const results = await compareProcesses({
    floor: { command: CHROMIUM, args: [...CHROMIUM_FLAGS, `--print-to-pdf=${files.floor}`, printHtml], cwd: workDir },
    deckpress: { command: process.execPath, args: [bin, 'pdf', deckDir, '--out', out], cwd: workDir, env },
    marp: { command: process.execPath, args: [marp.script, '--pdf', '--allow-local-files', marpFile, '-o', files.marp], cwd: workDir, env: { ...env, CHROME_NO_SANDBOX: '1' } },
  });
  const size = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([k, f]) => [k, (await stat(f)).size])));

  // 2,000 slides: one run; it passes when it finishes (the default time limit grows with the page count).
  const bigDeck = await writeDeckpressDeck(join(workDir, 'decks', 'big'), syntheticContent({ slides: BIG, sections: 20 }));
  let big;
  try {
    big = await runOnce({ command: process.execPath, args: [bin, 'pdf', bigDeck, '--out', out], cwd: workDir, env });
  } catch (error) {
    big = { ms: NaN, failed: String(error).split('\n').slice(0, 3).join(' ') };
  }

  const rows = [
    ratioRow({ name: `deckpress pdf, ${SLIDES} slides (build included)`, baseline: 'chromium --print-to-pdf', baselineMs: results.floor.median, ours: results.deckpress.median, maxRatio: 1.25, target: '≤ 1.25× floor' }),
    ratioRow({ name: `deckpress pdf, ${SLIDES} slides`, baseline: 'marp --pdf', baselineMs: results.marp.median, ours: results.deckpress.median, maxRatio: 0.6, target: '≤ 0.6× Marp' }),
    { name: 'PDF size (KB)', baseline: 'marp --pdf', baselineMs: size.marp / 1024, ours: size.deckpress / 1024, ratio: size.deckpress / size.marp, target: '≤ 1× Marp', pass: size.deckpress <= size.marp, unit: 'count' },
    // Issue 17: printing grows with pages, not pages squared (large decks print in parts).
    big.failed
      ? { name: `deckpress pdf, ${BIG} slides`, ours: big.ms, target: 'no timeout', pass: false }
      : ratioRow({ name: `deckpress pdf, ${BIG} slides (build included)`, baseline: `deckpress pdf, ${SLIDES} slides`, baselineMs: results.deckpress.median, ours: big.ms, maxRatio: 10, target: `≤ 10× ${SLIDES} slides, no timeout` }),
  ];
  const notes = [
    `runs (ms): deckpress ${results.deckpress.runs.map(Math.round).join(', ')}; floor ${results.floor.runs.map(Math.round).join(', ')}; marp ${results.marp.runs.map(Math.round).join(', ')}`,
    `sizes: deckpress ${kb(size.deckpress)} (${SLIDES} slides + title, agenda, dividers, references), marp ${kb(size.marp)} (${SLIDES} pages), floor ${kb(size.floor)}`,
    big.failed ? `${BIG} slides FAILED: ${big.failed}` : `${BIG} slides: ${formatMs(big.ms)} (build and export)`,
  ];
  await rm(out, { recursive: true, force: true });
  return { rows, notes };
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
