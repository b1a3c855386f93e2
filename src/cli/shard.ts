/**
 * `--shard i/n`: which of the decks this run builds, so n CI workers share them.
 * The split depends only on the decks' names and slide counts, never on the order
 * they were found or named in, so every worker computes the same plan.
 */
import { basename } from 'node:path';
import { UsageError } from './usage-error.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface WeighedDeck {
  dir: string;
  slides: number;
}

/** "2/4" → { index: 2, count: 4 }; anything else is a usage error (exit 2). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match) throw new UsageError(`--shard is i/n, e.g. 2/4 for the second of four shards, not "${value}".`);
  if (count < 1 || !Number.isSafeInteger(count)) throw new UsageError(`--shard ${value}: n must be at least 1.`);
  if (index < 1 || index > count) throw new UsageError(`--shard ${value}: i must be from 1 to ${count}.`);
  return { index, count };
}

/**
 * Every deck in exactly one of n shards, balanced by slides: the largest deck first,
 * each to the shard with the fewest slides so far (ties: the lower shard). Decks are
 * ordered by name, then path, then size, so ties break the same way everywhere.
 */
export function planShards(decks: readonly WeighedDeck[], count: number): WeighedDeck[][] {
  const shards: WeighedDeck[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  const byName = [...decks].sort((a, b) => compare(basename(a.dir), basename(b.dir)) || compare(a.dir, b.dir));
  // A stable sort: equal sizes keep name order.
  for (const deck of byName.sort((a, b) => b.slides - a.slides)) {
    const lightest = loads.indexOf(Math.min(...loads));
    shards[lightest]!.push(deck);
    loads[lightest]! += deck.slides;
  }
  // Within a shard, decks run in name order, as without --shard.
  return shards.map((shard) => shard.sort((a, b) => compare(basename(a.dir), basename(b.dir)) || compare(a.dir, b.dir)));
}

/** Code-point order, not localeCompare: the same on every machine whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
