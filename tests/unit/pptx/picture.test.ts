import { describe, expect, it } from 'vitest';
import { readPicture, svgPicture } from '../../../src/pptx/picture.js';

/** A chart SVG as render-chart writes it: sized by its viewBox, as wide as its figure. */
const CHART = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="100%" role="img"><title>T</title><rect width="640" height="360"/></svg>';
const decoded = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('svgPicture', () => {
  it('embeds the chart with the viewBox as its size in user units, measured from that same text', () => {
    const picture = svgPicture(CHART)!;
    expect(picture).toMatchObject({ mime: 'image/svg+xml', width: 640, height: 360 });
    const embedded = decoded(picture.base64);
    expect(embedded).toMatch(/^<svg width="640" height="360" xmlns=/);
    expect(embedded).not.toContain('100%');
    // The embedded text, read as an asset would be, is already what Office reads: converting is done once and holds.
    const again = readPicture(Buffer.from(embedded));
    expect(again).toEqual(picture);
  });

  it('is undefined for text no image reader recognises', () => {
    expect(svgPicture('not an svg')).toBeUndefined();
  });
});
