/** The generated agenda: each section's number and title in two columns, each a link to its divider. */
import { wrapText } from '../../charts/text-metrics.js';
import type { LayoutEnv } from '../layout-env.js';
import { hex, inches, points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources, sectionLink } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';

const COLUMN_GAP = 64;
const NUMBER_W = 80;
const ENTRY_GAP = 22;

export function layoutAgenda(env: LayoutEnv): void {
  const { colors, sizes, zones } = env.theme;
  addNavBar(env);
  const title = env.labels.contents ?? 'Contents';
  const top = addHeadline(env, [{ text: title, options: { color: hex(colors.ink) } }], title) + 10;
  addSources(env);
  const sections = env.model.sections;
  const perColumn = Math.ceil(sections.length / 2);
  const w = (SLIDE_SIZE.width - 2 * zones.padX - COLUMN_GAP) / 2;
  const titleW = w - NUMBER_W;
  [sections.slice(0, perColumn), sections.slice(perColumn)].forEach((column, c) => {
    const x = zones.padX + c * (w + COLUMN_GAP);
    let y = top;
    for (const section of column) {
      const target = env.slideNumbers.get(section.id);
      const link = sectionLink(target);
      const lines = Math.max(1, wrapText(section.title, titleW, sizes.agenda, Infinity, true).length);
      const h = Math.max(sizes.agendaNumber * 1.2, lines * sizes.agenda * 1.25);
      const common = { y: inches(y), h: inches(h), margin: 0, valign: 'top' as const, bold: true, ...env.font };
      env.slide.addText([{ text: String(section.number).padStart(2, '0'), options: { color: hex(colors.accent), ...link } }], { ...common, x: inches(x), w: inches(NUMBER_W), fontSize: points(sizes.agendaNumber) });
      env.slide.addText([{ text: section.title, options: { color: hex(colors.ink), ...link } }], { ...common, x: inches(x + NUMBER_W), y: inches(y + (sizes.agendaNumber - sizes.agenda) * 0.6), w: inches(titleW), fontSize: points(sizes.agenda) });
      y += h + ENTRY_GAP;
    }
  });
}
