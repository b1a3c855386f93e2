/** A generated references page: numbered entries in two columns, each linked, its URL under it. */
import type { LayoutEnv } from '../layout-env.js';
import type { TextRun } from '../markdown-runs.js';
import { hex, inches, points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';

const COLUMN_GAP = 48;

export function layoutReferences(env: LayoutEnv): void {
  const { colors, sizes, zones } = env.theme;
  addNavBar(env);
  const title = env.labels.references ?? 'References';
  const top = addHeadline(env, [{ text: title, options: { color: hex(colors.ink) } }], title);
  addSources(env);
  const entries = env.deckSlide.references ?? [];
  const perColumn = Math.ceil(entries.length / 2);
  const w = (SLIDE_SIZE.width - 2 * zones.padX - COLUMN_GAP) / 2;
  [entries.slice(0, perColumn), entries.slice(perColumn)].forEach((column, c) => {
    const runs: TextRun[] = column.flatMap((ref) => {
      const label: TextRun = { text: `${ref.n}. `, options: { color: hex(colors.muted) } };
      if (!ref.url) return [label, { text: ref.text, options: { color: hex(colors.text), breakLine: true, paraSpaceAfter: points(10) } }];
      return [
        label,
        { text: ref.text, options: { color: hex(colors.accentDark), hyperlink: { url: ref.url }, breakLine: true } },
        { text: ref.url, options: { color: hex(colors.muted), fontSize: points(13), breakLine: true, paraSpaceAfter: points(10) } },
      ];
    });
    if (runs.length === 0) return;
    env.slide.addText(runs, { x: inches(zones.padX + c * (w + COLUMN_GAP)), y: inches(top), w: inches(w), h: inches(zones.bodyBottom - top), margin: 0, valign: 'top', fontSize: points(sizes.references), lineSpacingMultiple: 1.1, ...env.font, fit: 'shrink' });
  });
}
