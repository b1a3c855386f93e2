/** Two columns on panels, the right one under the accent rule; each a title and Markdown body. */
import { addBodyText } from '../body-text.js';
import type { LayoutEnv } from '../layout-env.js';
import type { TextRun } from '../markdown-runs.js';
import { hex, inches, points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';

const GAP = 40;
const PAD = 28;
const NOTES_HEIGHT = 60;

export function layoutCompare(env: LayoutEnv): void {
  const { colors, sizes, zones } = env.theme;
  addNavBar(env);
  const { headline, headlineText, rest } = env.text.body({ color: colors.text, strongColor: colors.ink, fontSize: sizes.small });
  const top = addHeadline(env, headline, headlineText ?? '');
  addSources(env);
  const fm = env.deckSlide.source?.fm;
  const notes = rest.runs.length > 0 ? NOTES_HEIGHT : 0;
  const w = (SLIDE_SIZE.width - 2 * zones.padX - GAP) / 2;
  const h = zones.bodyBottom - top - notes - (notes ? 14 : 0);
  (['left', 'right'] as const).forEach((side, i) => {
    const column = fm?.[side];
    const x = zones.padX + i * (w + GAP);
    env.slide.addShape('rect', { x: inches(x), y: inches(top), w: inches(w), h: inches(h), fill: { color: hex(colors.panel) }, line: { type: 'none' } });
    env.slide.addShape('rect', { x: inches(x), y: inches(top), w: inches(w), h: inches(6), fill: { color: hex(side === 'right' ? colors.accent : colors.muted) }, line: { type: 'none' } });
    const title = env.text.inline(column?.title, [side, 'title'], { color: colors.ink, fontSize: 26 });
    const body = env.text.block(column?.body, [side, 'body'], { color: colors.text, strongColor: colors.ink, fontSize: 21 });
    const runs: TextRun[] = [
      ...(title ? title.map((r, j) => ({ ...r, options: { ...r.options, bold: true, fontSize: points(26), ...(j === title.length - 1 ? { breakLine: true } : {}), paraSpaceAfter: points(12) } })) : []),
      ...(body?.runs ?? []),
    ];
    addBodyText(env, runs, { x: x + PAD, y: top + 26, w: w - 2 * PAD, h: h - 26 - 20 }, { fontSize: points(21) });
  });
  addBodyText(env, rest.runs, { x: zones.padX, y: zones.bodyBottom - notes, w: SLIDE_SIZE.width - 2 * zones.padX, h: notes }, { fontSize: points(sizes.small) });
}
