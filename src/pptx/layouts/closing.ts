/** The closing slide: a large headline and short body on the dark background. */
import { addBodyText } from '../body-text.js';
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';

const HEADLINE_PX = 60;

export function layoutClosing(env: LayoutEnv): void {
  const { colors, zones } = env.theme;
  const white = hex(colors.paper);
  const { headline, rest } = env.text.body({ color: colors.closingText, strongColor: colors.paper, linkColor: colors.paper, fontSize: 26 });
  if (headline) {
    env.slide.addText(headline.map((r) => ({ ...r, options: { ...r.options, color: white } })), { x: inches(zones.coverPadX), y: inches(170), w: inches(1088), h: inches(HEADLINE_PX * 1.2 * 2 + 8), margin: 0, valign: 'top', fontSize: points(HEADLINE_PX), bold: true, ...env.font, fit: 'shrink' });
  }
  addBodyText(env, rest.runs, { x: zones.coverPadX, y: 340, w: 1088, h: 280 }, { fontSize: points(26), color: hex(colors.closingText) });
}
