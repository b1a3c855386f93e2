/** One to four big numbers, each under an accent rule with its label; optional notes below. */
import { addBodyText } from '../body-text.js';
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';

const GAP = 40;

export function layoutStat(env: LayoutEnv): void {
  const { colors, sizes, zones } = env.theme;
  addNavBar(env);
  const { headline, headlineText, rest } = env.text.body({ color: colors.text, strongColor: colors.ink, fontSize: sizes.small });
  const top = addHeadline(env, headline, headlineText ?? '') + 40;
  addSources(env);
  const stats = env.deckSlide.source?.fm.stats ?? [];
  const width = SLIDE_SIZE.width - 2 * zones.padX;
  const each = (width - GAP * (stats.length - 1)) / Math.max(1, stats.length);
  const valuePx = stats.length === 1 ? sizes.statValueSingle : sizes.statValue;
  stats.forEach((stat, i) => {
    const x = zones.padX + i * (each + GAP);
    env.slide.addShape('rect', { x: inches(x), y: inches(top), w: inches(each), h: inches(6), fill: { color: hex(colors.accent) }, line: { type: 'none' } });
    const value = env.text.inline(stat.value, ['stats', i, 'value'], { color: colors.ink, fontSize: valuePx }) ?? [];
    env.slide.addText(value, { x: inches(x), y: inches(top + 26), w: inches(each), h: inches(valuePx * 1.05), margin: 0, valign: 'top', fontSize: points(valuePx), bold: true, color: hex(colors.ink), ...env.font, fit: 'shrink' });
    const label = env.text.inline(stat.label, ['stats', i, 'label'], { color: colors.text, strongColor: colors.ink, fontSize: sizes.body }) ?? [];
    env.slide.addText(label, { x: inches(x), y: inches(top + 26 + valuePx * 1.05 + 16), w: inches(each), h: inches(100), margin: 0, valign: 'top', fontSize: points(sizes.body), color: hex(colors.text), lineSpacingMultiple: 1.1, ...env.font, fit: 'shrink' });
  });
  const notesY = top + 26 + valuePx * 1.05 + 130;
  addBodyText(env, rest.runs, { x: zones.padX, y: notesY, w: width, h: Math.max(0, zones.bodyBottom - notesY) }, { fontSize: points(sizes.small) });
}
