/**
 * The chrome that repeats, on slide masters, so a user restyles it in one place:
 * the rule under the nav bar, `#tag | N` (N a slide-number field), the brand footer,
 * the title slide's accent bar and the covers' backgrounds. What changes from slide
 * to slide (the nav bar's current section, the sources) is on the slide itself.
 */
import type { Presentation, TextPropsOptions } from './pptxgen.js';
import type { DeckConfig } from '../config/deck-schema.js';
import { hex, inches, points, type PptxTheme } from './pptx-theme.js';
import type { FontStyle } from './deck-font.js';
import { SLIDE_SIZE } from '../theme/theme-manifest.js';

export const MASTERS = { content: 'DECK-CONTENT', title: 'DECK-TITLE', section: 'DECK-SECTION', closing: 'DECK-CLOSING' } as const;

/** The headline's placeholder on content slides: PowerPoint's outline and accessibility read it as the slide title. */
export const HEADLINE_PLACEHOLDER = 'headline';

export function defineMasters(pptx: Presentation, config: DeckConfig, theme: PptxTheme, font: FontStyle): void {
  const { colors, sizes, zones } = theme;
  const width = SLIDE_SIZE.width - 2 * zones.padX;
  const footer = config.brand.footer;
  const text = (value: string, px: { x: number; y: number; w: number; h: number }, options: TextPropsOptions) => ({
    text: { text: value, options: { x: inches(px.x), y: inches(px.y), w: inches(px.w), h: inches(px.h), margin: 0, ...font, ...options } },
  });
  const brand = (x: number, color: string) =>
    footer ? [text(footer, { x, y: zones.footerY, w: 800, h: zones.footerH }, { fontSize: points(sizes.footer), bold: true, color: hex(color), valign: 'bottom' })] : [];

  const numberW = 60;
  const tag = config.brand.tag;
  pptx.defineSlideMaster({
    title: MASTERS.content,
    background: { color: hex(colors.paper) },
    objects: [
      { line: { x: inches(zones.padX), y: inches(zones.ruleY), w: inches(width), h: 0, line: { color: hex(colors.rule), width: 0.75 } } },
      ...(tag
        ? [text(`${tag}  |`, { x: SLIDE_SIZE.width - zones.padX - numberW - 300, y: zones.navY, w: 300, h: zones.navH }, { fontSize: points(sizes.nav), color: hex(colors.muted), align: 'right', valign: 'bottom' })]
        : []),
      ...brand(zones.padX, colors.ink),
      {
        placeholder: {
          options: { name: HEADLINE_PLACEHOLDER, type: 'title', align: 'left', x: inches(zones.padX), y: inches(zones.headlineY), w: inches(zones.headlineW), h: inches(100), margin: 0, valign: 'top', fontSize: points(sizes.headline), bold: true, color: hex(colors.ink), ...font },
          text: '',
        },
      },
    ],
    slideNumber: { x: inches(SLIDE_SIZE.width - zones.padX - numberW), y: inches(zones.navY), w: inches(numberW), h: inches(zones.navH), fontFace: font.fontFace, fontSize: points(sizes.nav), bold: true, color: hex(colors.ink), align: 'right', valign: 'bottom', margin: 0 },
  });
  pptx.defineSlideMaster({
    title: MASTERS.title,
    background: { color: hex(colors.paper) },
    objects: [{ rect: { x: 0, y: 0, w: inches(18), h: inches(SLIDE_SIZE.height), fill: { color: hex(colors.accent) } } }, ...brand(zones.coverPadX, colors.ink)],
  });
  pptx.defineSlideMaster({ title: MASTERS.section, background: { color: hex(colors.accent) }, objects: brand(zones.coverPadX, colors.paper) });
  pptx.defineSlideMaster({ title: MASTERS.closing, background: { color: hex(colors.closing) }, objects: brand(zones.coverPadX, colors.paper) });
}
