import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chartKey } from '../../../src/charts/chart-key.js';
import { saveChartCache } from '../../../src/emit/save-chart-cache.js';
import { loadChartCache } from '../../../src/charts/load-chart-cache.js';
import { csv, revenue, theme } from './chart-fixtures.js';

const spec = { type: 'column', data: 'openai-revenue.csv', x: 'year', y: 'revenue_usd' } as const;

describe('chartKey', () => {
  it('is stable for equal input, whatever the key order or the rows’ line numbers', () => {
    const moved = { ...revenue(), rows: revenue().rows.map((r) => ({ ...r, line: r.line + 10 })) };
    const reordered = { y: 'revenue_usd', x: 'year', data: 'openai-revenue.csv', type: 'column' } as const;
    expect(chartKey(spec, revenue(), theme, 'en', 'c1')).toMatch(/^[0-9a-f]{32}$/);
    expect(chartKey(reordered, moved, theme, 'en', 'c1')).toBe(chartKey(spec, revenue(), theme, 'en', 'c1'));
  });

  it('changes with the data, the spec, the theme, the language and the id', () => {
    const key = chartKey(spec, revenue(), theme, 'en', 'c1');
    const edited = csv('openai-revenue', 'year,revenue_usd,status\n2022,28000000,actual\n2023,1600000000,actual\n2024,3800000000,expected\n');
    expect(chartKey(spec, edited, theme, 'en', 'c1')).not.toBe(key);
    expect(chartKey({ ...spec, format: 'usd' }, revenue(), theme, 'en', 'c1')).not.toBe(key);
    expect(chartKey(spec, revenue(), { ...theme, accent: '#000' }, 'en', 'c1')).not.toBe(key);
    expect(chartKey(spec, revenue(), theme, 'zh-Hant', 'c1')).not.toBe(key);
    expect(chartKey(spec, revenue(), theme, 'en', 'c2')).not.toBe(key);
  });

  it('canonicalJson sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});

describe('chart cache on disk', () => {
  it('saves one file per key and loads them back', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'deckpress-cache-')), 'charts');
    const a = 'a'.repeat(32);
    const b = 'b'.repeat(32);
    await saveChartCache(dir, new Map([[a, '<svg>a</svg>'], [b, '<svg>b</svg>']]));
    expect((await readdir(dir)).sort()).toEqual([`${a}.svg`, `${b}.svg`]);
    expect(await loadChartCache(dir)).toEqual(new Map([[a, '<svg>a</svg>'], [b, '<svg>b</svg>']]));
    // An existing entry is kept as is (a key names its content).
    await saveChartCache(dir, new Map([[a, '<svg>other</svg>']]));
    expect(await readFile(join(dir, `${a}.svg`), 'utf8')).toBe('<svg>a</svg>');
  });

  it('treats a missing folder as an empty cache and rejects malformed keys', async () => {
    expect((await loadChartCache('/nonexistent/deckpress/cache')).size).toBe(0);
    await expect(saveChartCache(join(tmpdir(), 'deckpress-bad'), new Map([['../x', '']]))).rejects.toThrow(/cache key/);
  });
});
