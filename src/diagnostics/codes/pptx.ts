import { defineCodes } from './define.js';

/** The PowerPoint export (owned by src/pptx): what PowerPoint cannot express, said where it is written. */
export const pptxCodes = defineCodes({
  PptxChartAsImage: {
    severity: 'warning',
    message: (p: { reason: string }) =>
      `PowerPoint has no native chart for ${p.reason}, so this chart became a picture in the .pptx (an SVG with a PNG fallback): its data cannot be edited there.`,
    hint: () => 'Use a native chart type (column, bar, stacked-column, line, area, donut, scatter) without that option to get an editable chart.',
  },
  PptxImageNotEmbedded: {
    severity: 'warning',
    message: (p: { src: string; format: string }) =>
      `"${p.src}" is a ${p.format} image, which PowerPoint cannot embed everywhere, so the .pptx shows its alt text in its place.`,
    hint: () => 'Save the image as PNG, JPEG, GIF or SVG.',
  },
});
