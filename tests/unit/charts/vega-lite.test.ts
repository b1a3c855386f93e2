import { describe, expect, it } from 'vitest';
import { renderVegaLite } from '../../../src/charts/vega-lite.js';
import { csv, locate, theme } from './chart-fixtures.js';

const spec = {
  title: 'Revenue',
  data: { name: 'openai-revenue' },
  mark: 'bar',
  encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'revenue_usd', type: 'quantitative' } },
};
const tables = new Map([['openai-revenue', csv('openai-revenue', 'year,revenue_usd\n2022,28000000\n2024,3700000000\n')]]);

describe('renderVegaLite', () => {
  it('renders a spec reading a deck table to an accessible SVG', async () => {
    const { svg, diagnostics, uses } = await renderVegaLite(spec, { theme, lang: 'en', id: 'vl-1', locate, tables });
    expect(diagnostics).toEqual([]);
    expect(uses).toEqual(['openai-revenue']);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[\d. ]+" width="100%" role="img" aria-labelledby="vl-1-title vl-1-desc"/);
    expect(svg).toContain('<title id="vl-1-title">Revenue</title>');
    expect(svg).toContain('year: 2022, revenue_usd: 28000000; year: 2024, revenue_usd: 3700000000');
    expect(svg.match(/<path[^>]*class="[^"]*"/g)?.length ?? 0).toBeGreaterThan(0);
    expect(svg).not.toContain('<script');
  });

  it('is deterministic across renders (ids are renumbered per chart)', async () => {
    const layered = { ...spec, mark: { type: 'bar', clip: true } };
    const a = await renderVegaLite(layered, { theme, lang: 'en', id: 'vl-2', locate, tables });
    const b = await renderVegaLite(layered, { theme, lang: 'en', id: 'vl-2', locate, tables });
    expect(a.svg).toBe(b.svg);
    for (const id of a.svg.matchAll(/\bid="([^"]+)"/g)) expect(id[1]).toMatch(/^vl-2-/);
  });

  it('reports a missing table at the vega-lite key, and never loads URLs', async () => {
    const missing = await renderVegaLite({ ...spec, data: { name: 'openai-revenu' } }, { theme, lang: 'en', id: 'vl-3', locate, tables });
    expect(missing.svg).toBe('');
    expect(missing.diagnostics).toMatchObject([{ code: 'DataFileNotFound', line: 17 }]);
    expect(missing.diagnostics[0]?.hint).toContain('Did you mean "openai-revenue"?');
    const url = await renderVegaLite({ ...spec, data: { url: 'https://example.org/data.csv' } }, { theme, lang: 'en', id: 'vl-4', locate, tables });
    expect(url.diagnostics[0]?.code).toBe('DataFileNotFound');
  });

  it('reports a spec vega-lite cannot compile', async () => {
    const { diagnostics } = await renderVegaLite({ mark: 'nonsense', data: { values: [] } }, { theme, lang: 'en', id: 'vl-5', locate });
    expect(diagnostics).toMatchObject([{ code: 'VegaLiteError', line: 17 }]);
  });
});
