/** A block of slide text in a box: top-aligned, the report's line spacing, shrunk by PowerPoint when it overflows. */
import type { Box, LayoutEnv } from './layout-env.js';
import type { TextRun } from './markdown-runs.js';
import { hex, inches, points } from './pptx-theme.js';
import type { TextPropsOptions } from './pptxgen.js';

/** CSS line-height 1.4 over a face whose line is about 1.2 em: PowerPoint's spacing multiple. */
const LINE_SPACING = 1.15;

export function addBodyText(env: LayoutEnv, runs: TextRun[], box: Box, options: TextPropsOptions = {}): void {
  if (runs.length === 0) return;
  env.slide.addText(runs, {
    x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h),
    margin: 0, valign: 'top', fit: 'shrink', lineSpacingMultiple: LINE_SPACING,
    fontSize: points(env.theme.sizes.body), color: hex(env.theme.colors.text), ...env.font, ...options,
  });
}
