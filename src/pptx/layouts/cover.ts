/** The generated title slide: the deck's title with an accent full stop, subtitle, authors and date. */
import { formatDate } from '../../render/format-date.js';
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';

export function layoutCover(env: LayoutEnv): void {
  const { config } = env.model;
  const { colors, sizes, zones } = env.theme;
  const x = inches(zones.coverPadX);
  const w = inches(1000);
  const font = env.font;
  env.slide.addText(
    [
      { text: config.title, options: { color: hex(colors.ink) } },
      { text: '.', options: { color: hex(colors.accent) } },
    ],
    { x, y: inches(150), w, h: inches(sizes.deckTitle * 1.04 * 2 + 10), margin: 0, valign: 'bottom', fontSize: points(sizes.deckTitle), bold: true, lineSpacingMultiple: 0.9, ...font, fit: 'shrink' },
  );
  if (config.subtitle) {
    env.slide.addText(config.subtitle, { x, y: inches(338), w: inches(900), h: inches(90), margin: 0, valign: 'top', fontSize: points(sizes.subtitle), color: hex(colors.text), ...font, fit: 'shrink' });
  }
  const meta = [
    ...(config.authors.length ? [{ text: config.authors.join(', '), options: { bold: true, color: hex(colors.ink), breakLine: true } }] : []),
    ...(config.date ? [{ text: formatDate(config.date, config.lang, env.labels), options: { color: hex(colors.muted) } }] : []),
  ];
  if (meta.length) env.slide.addText(meta, { x, y: inches(540), w, h: inches(80), margin: 0, valign: 'bottom', fontSize: points(sizes.body), paraSpaceAfter: 4, ...font });
}
