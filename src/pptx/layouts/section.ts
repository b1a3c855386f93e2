/** A section divider: the section's number, large and faint, over its title, on the accent colour. */
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';

export function layoutSection(env: LayoutEnv): void {
  const section = env.deckSlide.section === undefined ? undefined : env.model.sections[env.deckSlide.section];
  if (!section) return;
  const { colors, sizes, zones } = env.theme;
  const x = inches(zones.coverPadX);
  const white = hex(colors.paper);
  env.slide.addText(String(section.number).padStart(2, '0'), { x, y: inches(150), w: inches(600), h: inches(sizes.sectionNumber * 1.05), margin: 0, valign: 'bottom', fontSize: points(sizes.sectionNumber), bold: true, color: white, transparency: 65, ...env.font });
  env.slide.addText(section.title, { x, y: inches(150 + sizes.sectionNumber * 1.05 + 18), w: inches(1000), h: inches(sizes.sectionTitle * 1.08 * 2 + 8), margin: 0, valign: 'top', fontSize: points(sizes.sectionTitle), bold: true, color: white, lineSpacingMultiple: 0.95, ...env.font, fit: 'shrink' });
}
