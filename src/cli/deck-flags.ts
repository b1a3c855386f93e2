import type { BrowserChoice } from '../browser/start-browser.js';
import { countSlides } from '../load/count-slides.js';
import { findDecks } from '../load/find-decks.js';
import { BROWSER_FLAGS, browserFlagValues } from './browser-flags.js';
import { parseShard, planShards } from './shard.js';
import { UsageError } from './usage-error.js';
import { displayPath } from '../load/display-path.js';

/** `--shard i/n`: every command that takes decks builds only its share (see shard.ts). */
export const SHARD_FLAG = { shard: { type: 'string' } } as const;

/** Flags of every command that writes decks. */
export const OUTPUT_FLAGS = {
  out: { type: 'string', short: 'o', default: 'dist' },
  variant: { type: 'string', multiple: true },
  ...SHARD_FLAG,
} as const;

/** Flags of the PDF export, shared by `pdf` and `build --pdf` (which runs `pdf`). */
export const PDF_FLAGS = {
  ...BROWSER_FLAGS,
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  png: { type: 'boolean', default: false },
} as const;

/** The PDF flags as export options; a value that is not a positive number is a usage error, with or without --pdf. */
export function pdfFlagValues(values: Parameters<typeof browserFlagValues>[0] & { concurrency?: string | undefined; timeout?: string | undefined }): BrowserChoice & { concurrency?: number } {
  return {
    ...browserFlagValues(values),
    ...(values.concurrency !== undefined ? { concurrency: positiveWholeNumber('--concurrency', values.concurrency) } : {}),
    ...(values.timeout !== undefined ? { timeoutMs: timeoutSeconds(values.timeout) * 1000 } : {}),
  };
}

/** Node's timers hold at most 2^31 − 1 ms; a longer limit would fire at once. */
export const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function timeoutSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(`--timeout is a number of seconds, more than 0 and at most ${MAX_TIMEOUT_SECONDS} (about 24 days), not "${value}".`);
  }
  return n;
}

function positiveWholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} needs a positive whole number, not "${value}".`);
  return n;
}

/** `build --pptx` and `pdf --pptx`: the PowerPoint export besides the other outputs. */
export const PPTX_FLAG = { pptx: { type: 'boolean', default: false } } as const;

export const HELP_FLAG = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The decks named on the command line, else every deck under ./decks; none is a
 * usage error. With --shard, only this shard's decks: possibly none, which is not
 * an error (a CI matrix may be wider than the list of decks).
 */
export async function decksToProcess(named: readonly string[], shard?: string): Promise<string[]> {
  const plan = shard === undefined ? undefined : parseShard(shard);
  const decks = await findDecks(named);
  if (decks.length === 0) throw new UsageError('No deck given and no decks/<name>/deck.yaml found here.');
  if (!plan) return decks;
  const weighed = await Promise.all(decks.map(async (dir) => ({ dir, slides: await countSlides(dir) })));
  const mine = planShards(weighed, plan.count)[plan.index - 1]!;
  // On stderr: `lint --format json` keeps stdout for its one document.
  const slides = mine.reduce((sum, d) => sum + d.slides, 0);
  const list = mine.map((d) => displayPath(d.dir)).join(', ');
  process.stderr.write(`shard ${plan.index}/${plan.count}: ${mine.length ? `${list} (${slides} slides)` : 'no decks'}\n`);
  return mine.map((d) => d.dir);
}
