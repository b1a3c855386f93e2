/**
 * The layouts built from a headline, body text and one figure or table: content,
 * split (text beside the figure), chart and image (the figure full width, notes
 * under it) and table. A layout a project adds under templates/ is laid out as
 * content, with its figure beside the text when it has one.
 */
import { addBodyText } from '../body-text.js';
import { addFigure } from '../figure.js';
import type { Box, LayoutEnv } from '../layout-env.js';
import { addTable, dataTable, markdownTableCells } from '../native-table.js';
import { points } from '../pptx-theme.js';
import { addHeadline, addNavBar, addSources } from '../slide-chrome.js';
import { SLIDE_SIZE } from '../../theme/theme-manifest.js';
import { writtenPath } from '../../render/decode-link.js';

const GAP = 40;
/** Notes under a full-width figure: about two lines at the small size. */
const NOTES_HEIGHT = 64;

export function layoutContent(env: LayoutEnv): void {
  const { theme, deckSlide } = env;
  const { zones, colors, sizes } = theme;
  addNavBar(env);
  const { headline, headlineText, rest } = env.text.body({ color: colors.text, strongColor: colors.ink, fontSize: sizes.body });
  const top = addHeadline(env, headline, headlineText ?? '');
  addSources(env);
  const area: Box = { x: zones.padX, y: top, w: SLIDE_SIZE.width - 2 * zones.padX, h: zones.bodyBottom - top };
  const fm = deckSlide.source?.fm;
  const layout = deckSlide.layout;
  // A Markdown image's source is the URL the page uses: the asset is the file it names (`my%20chart.png` is my chart.png).
  const image = fm?.image ?? (rest.images[0] && { src: writtenPath(rest.images[0].src.replace(/^assets\/media\//, '')).path, alt: rest.images[0].alt });

  if (layout === 'chart' || layout === 'image') {
    const notes = rest.runs.length > 0 ? NOTES_HEIGHT : 0;
    addFigure(env, { ...area, h: area.h - notes - (notes ? 14 : 0) }, image);
    addBodyText(env, rest.runs, { ...area, y: area.y + area.h - notes, h: notes }, { fontSize: points(sizes.small) });
    return;
  }
  if (layout === 'table' || rest.tables.length > 0) {
    const cells = (deckSlide.source && dataTable(deckSlide.source, env.data, env.model.config.lang)) ?? (rest.tables[0] && markdownTableCells(rest.tables[0]));
    const rows = cells ? cells.rows.length + 1 : 0;
    const tableHeight = Math.min(area.h, rows * (sizes.table * 1.25 + 18));
    if (cells) addTable(env.slide, cells, { ...area, h: tableHeight }, theme, env.font);
    addBodyText(env, rest.runs, { ...area, y: area.y + tableHeight + 14, h: Math.max(0, area.h - tableHeight - 14) }, { fontSize: points(sizes.small) });
    return;
  }
  const hasFigure = Boolean(fm?.chart || image);
  if (!hasFigure) {
    addBodyText(env, rest.runs, area);
    return;
  }
  // Split: text about 44% of the width, the figure the rest, on the side `visual` names.
  const textW = Math.round(area.w * 0.44);
  const figureW = area.w - textW - GAP;
  const figureLeft = fm?.visual === 'left';
  addBodyText(env, rest.runs, { ...area, x: figureLeft ? area.x + figureW + GAP : area.x, w: textW });
  addFigure(env, { ...area, x: figureLeft ? area.x : area.x + textW + GAP, w: figureW }, image);
}
