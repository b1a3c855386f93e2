/** A large quote beside an accent bar, its attribution under it; optional notes below. */
import { addBodyText } from '../body-text.js';
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';

export function layoutQuote(env: LayoutEnv): void {
  const { colors, sizes, zones } = env.theme;
  const { labels } = env;
  addNavBar(env);
  const { headline, headlineText, rest } = env.text.body({ color: colors.text, strongColor: colors.ink, fontSize: sizes.small });
  const top = addHeadline(env, headline, headlineText ?? '') + 30;
  addSources(env);
  const fm = env.deckSlide.source?.fm;
  const quote = env.text.inline(fm?.quote, ['quote'], { color: colors.ink, fontSize: sizes.quote }) ?? [];
  const by = env.text.inline(fm?.by, ['by'], { color: colors.muted, fontSize: sizes.body });
  const x = zones.padX + 48;
  const w = SLIDE_SIZE.width - zones.padX - x;
  const quoteH = 230;
  const byH = by ? 60 : 0;
  env.slide.addShape('rect', { x: inches(zones.padX), y: inches(top), w: inches(8), h: inches(quoteH + byH), fill: { color: hex(colors.accent) }, line: { type: 'none' } });
  env.slide.addText([{ text: labels.quoteOpen ?? '“' }, ...quote, { text: labels.quoteClose ?? '”' }], { x: inches(x), y: inches(top), w: inches(w), h: inches(quoteH), margin: 0, valign: 'top', fontSize: points(sizes.quote), bold: true, color: hex(colors.ink), lineSpacingMultiple: 1.05, ...env.font, fit: 'shrink' });
  if (by) env.slide.addText([{ text: '— ' }, ...by], { x: inches(x), y: inches(top + quoteH + 12), w: inches(w), h: inches(byH - 12), margin: 0, valign: 'top', fontSize: points(sizes.body), color: hex(colors.muted), ...env.font, fit: 'shrink' });
  const notesY = top + quoteH + byH + 20;
  addBodyText(env, rest.runs, { x: zones.padX, y: notesY, w: SLIDE_SIZE.width - 2 * zones.padX, h: Math.max(0, zones.bodyBottom - notesY) }, { fontSize: points(sizes.small) });
}
