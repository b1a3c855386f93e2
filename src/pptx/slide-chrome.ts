/**
 * The chrome that differs per slide, on the slide itself: the nav bar (the deck's
 * sections, the current one in the accent colour, each a link to its divider), the
 * headline in the master's title placeholder, and the sources line with its links.
 * The rule, `#tag | N` and the footer are on the master (slide-masters.ts).
 */
import { textWidth } from '../charts/text-metrics.js';
import type { LayoutEnv } from './layout-env.js';
import type { TextRun } from './markdown-runs.js';
import type { TextPropsOptions } from './pptxgen.js';
import { hex, inches, points } from './pptx-theme.js';
import { HEADLINE_PLACEHOLDER } from './slide-masters.js';
import { SLIDE_SIZE } from '../theme/theme-manifest.js';
import { navItems } from '../render/nav-bar.js';

const HEADLINE_LINE = 1.2;

/**
 * A link to a section's divider, as the nav bar and the agenda write it: plain text
 * like the HTML deck's (pptxgenjs underlines every hyperlink unless told otherwise).
 */
export function sectionLink(slide: number | undefined): TextPropsOptions {
  return slide === undefined ? {} : { hyperlink: { slide }, underline: { style: 'none' } };
}

export function addNavBar(env: LayoutEnv): void {
  const { theme, model, deckSlide, slideNumbers } = env;
  const { colors, sizes, zones } = theme;
  const runs: TextRun[] = [];
  for (const { label, id, current } of navItems(model, deckSlide.section)) {
    if (runs.length > 0) runs.push({ text: '   |   ', options: { color: hex(colors.separator) } });
    runs.push({ text: label, options: { color: hex(current ? colors.accent : colors.muted), bold: current, ...sectionLink(slideNumbers.get(id)) } });
  }
  if (runs.length === 0) return;
  env.slide.addText(runs, { x: inches(zones.padX), y: inches(zones.navY), w: inches(900), h: inches(zones.navH), margin: 0, valign: 'bottom', fontSize: points(sizes.nav), ...env.font, fit: 'shrink' });
}

/** Places the headline; returns where the content below it starts (px). */
export function addHeadline(env: LayoutEnv, runs: TextRun[] | undefined, plain: string): number {
  const { zones, sizes } = env.theme;
  if (!runs || runs.length === 0) return zones.headlineY;
  // The chart stage's text metrics: an estimate of the bold line's width (a headline breaks near it).
  const lines = Math.max(1, Math.ceil(textWidth(plain, sizes.headline, true) / zones.headlineW));
  const height = lines * sizes.headline * HEADLINE_LINE;
  env.slide.addText(runs, { placeholder: HEADLINE_PLACEHOLDER, x: inches(zones.padX), y: inches(zones.headlineY), w: inches(zones.headlineW), h: inches(height + 8), fit: 'shrink' });
  return zones.headlineY + height + 26;
}

/**
 * "Sources: [1] A; [2] B" as the HTML deck's chrome-bottom partial writes it: each
 * source after its number in the deck's references, a hyperlink when it has a URL.
 */
export function addSources(env: LayoutEnv): void {
  const { theme, model, deckSlide, labels } = env;
  const { colors, sizes, zones } = theme;
  const sources = (model.citations.get(deckSlide.id) ?? []).map((n) => model.references[n - 1]!);
  if (sources.length === 0) return;
  const runs: TextRun[] = [{ text: `${sources.length > 1 ? labels.sources : labels.source} `, options: { bold: true } }];
  sources.forEach((source, i) => {
    runs.push({ text: `${i > 0 ? '; ' : ''}[${source.n}] ` });
    runs.push({ text: source.text, options: source.url ? { hyperlink: { url: source.url }, color: hex(colors.muted) } : {} });
  });
  env.slide.addText(runs, {
    x: inches(zones.padX), y: inches(zones.sourcesY), w: inches(SLIDE_SIZE.width - 2 * zones.padX), h: inches(zones.sourcesH),
    margin: 0, valign: 'bottom', fontSize: points(sizes.sources), color: hex(colors.muted), ...env.font, fit: 'shrink',
  });
}
