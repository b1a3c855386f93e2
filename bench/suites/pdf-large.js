// Issue 17: printing time grows with pages, not pages squared. `deckpress pdf` of
// a 5,000-slide deck (build included) finishes with no timeout; its time is shown
// against the 212-slide deck's of the same run (median of a few runs), beside the
// ratio of their page counts, which is what linear would be. Kept out of the pdf
// suite, which it would make several minutes longer.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMs } from '../lib/report.js';
import { syntheticContent, writeDeckpressDeck } from '../lib/synthetic-deck.js';
import { compareProcesses, runOnce } from '../lib/time-process.js';

export const name = 'pdf-large';
export const description = 'PDF export of a 5,000-slide deck against the 212-slide deck of the same run';

const SLIDES = 212;
const HUGE = 5000;

/** @param {{ root: string, workDir: string, log: (line: string) => void }} ctx */
export async function run({ root, workDir, log }) {
  const bin = join(root, 'bin', 'deckpress.js');
  const out = join(workDir, 'out');
  const env = { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium', NO_COLOR: '1' };
  const small = await writeDeckpressDeck(join(workDir, 'decks', 'small'), syntheticContent({ slides: SLIDES }));
  const huge = await writeDeckpressDeck(join(workDir, 'decks', 'huge'), syntheticContent({ slides: HUGE, sections: 50 }));
  log(`${SLIDES} and ${HUGE} slides (headline, 3 bullets, image, source)`);
  const baseline = await compareProcesses({ small: { command: process.execPath, args: [bin, 'pdf', small, '--out', out], cwd: workDir, env } }, { runs: 3 });
  let result;
  try {
    result = await runOnce({ command: process.execPath, args: [bin, 'pdf', huge, '--out', out], cwd: workDir, env });
  } catch (error) {
    result = { ms: NaN, failed: String(error).split('\n').slice(0, 3).join(' ') };
  }
  const pages = (output, deck) => Number(new RegExp(`${deck}: (\\d+) pages`).exec(output ?? '')?.[1]);
  const smallPages = pages(baseline.small.output, 'small');
  const hugePages = pages(result.output, 'huge');
  const ratio = result.ms / baseline.small.median;
  const rows = [
    {
      name: `deckpress pdf, ${HUGE} slides (build included)`,
      baseline: `deckpress pdf, ${SLIDES} slides`,
      baselineMs: baseline.small.median,
      ours: result.ms,
      ratio,
      target: 'no timeout',
      pass: !result.failed,
    },
  ];
  const notes = [
    result.failed ? `${HUGE} slides FAILED: ${result.failed}` : `${HUGE} slides: ${formatMs(result.ms)}, ${hugePages} pages; ${SLIDES} slides: ${formatMs(baseline.small.median)}, ${smallPages} pages`,
    `pages ratio ${(hugePages / smallPages).toFixed(1)}× (linear), time ratio ${ratio.toFixed(1)}×`,
    `runs (ms): ${SLIDES} slides ${baseline.small.runs.map(Math.round).join(', ')}`,
  ];
  await rm(out, { recursive: true, force: true });
  return { rows, notes };
}
