import { describe, expect, it } from 'vitest';
import { csv, render, theme } from './chart-fixtures.js';
import { elements } from './svg-query.js';

const adoption = () => csv('elevenlabs', 'segment,share\nUse ElevenLabs,0.62\nRest of the Fortune 500,0.38\n');

/** Angle (degrees, clockwise from twelve o'clock) of an arc path's start point. */
function startAngle(d: string): number {
  const [x, y] = (/^M([-\d.]+),([-\d.]+)/.exec(d) ?? []).slice(1).map(Number);
  return ((Math.atan2(x!, -y!) * 180) / Math.PI + 360) % 360;
}

describe('donut chart', () => {
  it('draws one slice per row, sized by value', () => {
    const { svg, diagnostics } = render({ type: 'donut', data: 'elevenlabs', x: 'segment', y: 'share', format: 'percent' }, adoption());
    expect(diagnostics).toEqual([]);
    const slices = elements(svg, 'path', 'slice');
    expect(slices).toHaveLength(2);
    // The second slice starts where 62% of the circle ends (pad angle aside).
    expect(startAngle(slices[1]!.attrs.d!)).toBeCloseTo(0.62 * 360, -0.5);
  });

  it('highlights a slice in the accent colour and states it in the centre', () => {
    const { svg } = render({ type: 'donut', data: 'elevenlabs', x: 'segment', y: 'share', format: 'percent', highlight: 'Use ElevenLabs' }, adoption());
    const slices = elements(svg, 'path', 'slice');
    expect(slices[0]?.attrs.fill).toBe(theme.accent);
    expect(slices[1]?.attrs.fill).not.toBe(theme.accent);
    const centre = elements(svg, 'text', 'donut-centre')[0];
    expect(centre?.text).toBe('62%');
    expect(centre?.attrs.fill).toBe(theme.accent);
  });

  it('names every slice with its value in the legend, and its share when the value is not one', () => {
    const { svg } = render({ type: 'donut', data: 'elevenlabs', x: 'segment', y: 'share', format: 'percent' }, adoption());
    expect(elements(svg, 'text', 'value-label').map((t) => t.text)).toEqual(['62%', '38%']);
    const money = csv('spend', 'item,usd\nCompute,300\nTalent,100\n');
    const spend = render({ type: 'donut', data: 'spend', x: 'item', y: 'usd', format: 'usd' }, money).svg;
    expect(elements(spend, 'text', 'value-label').map((t) => t.text)).toEqual(['$300 · 75%', '$100 · 25%']);
    expect(elements(spend, 'text', 'donut-centre')[0]?.text).toBe('$400');
    expect(elements(spend, 'desc')[0]?.text).toBe('Donut chart of usd by item. Compute: $300; Talent: $100.');
  });

  it('rejects several series and negative slices', () => {
    const table = csv('two', 'k,a,b\nx,1,2\n');
    expect(render({ type: 'donut', data: 'two', x: 'k', y: ['a', 'b'] }, table).diagnostics).toMatchObject([{ code: 'ChartSpecInvalid' }]);
    const negative = render({ type: 'donut', data: 'neg', x: 'k', y: 'v' }, csv('neg', 'k,v\nx,1\ny,-2\n'));
    expect(negative.svg).toBe('');
    expect(negative.diagnostics[0]?.message).toContain('data/neg.csv:3');
  });
});
