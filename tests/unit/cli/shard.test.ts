/** --shard: parsing i/n, and the plan that puts every deck in exactly one shard, balanced by slides. */
import { describe, expect, it } from 'vitest';
import { parseShard, planShards, type WeighedDeck } from '../../../src/cli/shard.js';

/** A seeded set of decks of mixed sizes: a few big reports, many short talks. */
function generatedDecks(count: number, seed: number): WeighedDeck[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => ({
    dir: `decks/deck-${String((i * 7) % count).padStart(2, '0')}`,
    slides: random() < 0.2 ? 150 + Math.floor(random() * 250) : 5 + Math.floor(random() * 40),
  }));
}

const load = (shard: WeighedDeck[]) => shard.reduce((sum, d) => sum + d.slides, 0);

describe('planShards', () => {
  for (const seed of [1, 2, 3]) {
    const decks = generatedDecks(23, seed);
    for (let n = 1; n <= 7; n++) {
      it(`puts each of 23 decks in exactly one of ${n} shards, balanced by slides (seed ${seed})`, () => {
        const shards = planShards(decks, n);
        expect(shards).toHaveLength(n);
        expect(shards.flat().map((d) => d.dir).sort()).toEqual(decks.map((d) => d.dir).sort());
        // Largest first, each to the lightest shard: no two shards differ by more than one deck's slides.
        const loads = shards.map(load);
        const biggest = Math.max(...decks.map((d) => d.slides));
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(biggest);
      });
    }
  }

  it('gives the same split whatever order the decks come in', () => {
    const decks = generatedDecks(17, 9);
    const plan = planShards(decks, 4);
    expect(planShards([...decks].reverse(), 4)).toEqual(plan);
    expect(planShards([...decks].sort((a, b) => a.slides - b.slides), 4)).toEqual(plan);
  });

  it('spreads one 200-slide deck and ten 20-slide decks evenly over two shards', () => {
    const decks = [{ dir: 'decks/report', slides: 200 }, ...Array.from({ length: 10 }, (_, i) => ({ dir: `decks/talk-${i}`, slides: 20 }))];
    const [first, second] = planShards(decks, 2);
    expect(first!.map((d) => d.dir)).toEqual(['decks/report']);
    expect(load(second!)).toBe(200);
  });

  it('leaves shards empty when there are fewer decks than shards, and lists a shard in name order', () => {
    const shards = planShards([{ dir: 'b', slides: 3 }, { dir: 'a', slides: 3 }, { dir: 'c', slides: 1 }], 5);
    expect(shards.map((s) => s.map((d) => d.dir))).toEqual([['a'], ['b'], ['c'], [], []]);
    expect(planShards([{ dir: 'b', slides: 3 }, { dir: 'a', slides: 3 }, { dir: 'c', slides: 1 }], 2).map((s) => s.map((d) => d.dir))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  for (const bad of ['0/4', '5/4', '1/0', '0/0', '-1/4', '2', '2/', '/4', 'a/b', '1.5/4', '2/4/8', '']) {
    it(`rejects "${bad}" as a usage error`, () => {
      expect(() => parseShard(bad)).toThrow(expect.objectContaining({ name: 'UsageError', exitCode: 2 }));
    });
  }
});
