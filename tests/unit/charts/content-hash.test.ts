/** The chart cache's key function: stable, 32 hex characters, and different for inputs that differ by one character. */
import { describe, expect, it } from 'vitest';
import { CONTENT_HASH, contentHash } from '../../../src/charts/content-hash.js';

describe('contentHash', () => {
  it('gives the same 32 hex characters for the same text', () => {
    const text = '{"spec":{"type":"line"},"data":[[2022,28000000],[2024,3700000000]],"lang":"zh-Hant","title":"營收"}';
    expect(contentHash(text)).toMatch(CONTENT_HASH);
    expect(contentHash(text)).toBe(contentHash(`${text}`));
  });

  it('tells apart near-identical inputs: each one-character change of a chart payload', () => {
    const base = '{"data":[[2020,10],[2021,20],[2022,30]],"id":"c1","lang":"en","spec":{"format":"usd","type":"column"}}';
    const keys = new Set([contentHash(base)]);
    for (let i = 0; i < base.length; i++) {
      for (const ch of ['0', '1', 'x']) {
        if (base[i] === ch) continue;
        keys.add(contentHash(base.slice(0, i) + ch + base.slice(i + 1)));
      }
    }
    // Every variant got a key of its own.
    expect(keys.size).toBe(1 + [...base].reduce((n, c) => n + ['0', '1', 'x'].filter((ch) => ch !== c).length, 0));
    expect(contentHash('')).not.toBe(contentHash('\0'));
  });
});
