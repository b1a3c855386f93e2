/**
 * A slide's figure in its box: a native chart, or a picture (an asset image, or a
 * chart PowerPoint cannot draw natively, with a warning at the slide's `chart:`).
 * An image format PowerPoint cannot embed is reported and its alt text shown instead.
 */
import { diagnose } from '../diagnostics/diagnostic.js';
import type { Box, LayoutEnv } from './layout-env.js';
import { addNativeChart } from './native-chart.js';
import { addPicture, readPicture, svgPicture } from './picture.js';
import { hex, inches, points } from './pptx-theme.js';
import { slideChart } from './slide-chart.js';

const inchBox = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

/** True when the slide has a figure (and it was placed or reported). */
export function addFigure(env: LayoutEnv, box: Box, image = env.deckSlide.source?.fm.image): boolean {
  const source = env.deckSlide.source;
  if (!source) return false;
  if (source.fm.chart) {
    const chart = slideChart(source, env.deckSlide.id, env.data, env.model.config.lang);
    if (!chart) return true;
    if (chart.kind === 'native') {
      addNativeChart(env.pptx, env.slide, chart.chart, env.chartTheme, env.font, inchBox(box));
      addCaption(env, chart.chart.spec.caption, box);
      return true;
    }
    const picture = svgPicture(chart.svg);
    if (picture) addPicture(env.slide, picture, chart.alt, inchBox(box));
    env.warn(diagnose('PptxChartAsImage', chart.at, { reason: chart.reason }));
    return true;
  }
  if (!image) return false;
  const alt = image.alt === undefined ? '' : env.text.plain(image.alt, ['image', 'alt']);
  const bytes = env.readAsset(image.src);
  const picture = bytes ? readPicture(bytes) : { unsupported: 'unreadable' };
  if ('unsupported' in picture) {
    env.warn(diagnose('PptxImageNotEmbedded', source.locate(['image', 'src']), { src: image.src, format: picture.unsupported }));
    env.slide.addText(alt || image.src, { ...inchBox(box), align: 'center', valign: 'middle', color: hex(env.theme.colors.muted), fill: { color: hex(env.theme.colors.panel) }, fontSize: points(env.theme.sizes.small), ...env.font });
    return true;
  }
  addPicture(env.slide, picture, alt, inchBox(box));
  return true;
}

/** The chart's caption under it, small and muted, as the SVG prints it. */
function addCaption(env: LayoutEnv, caption: string | undefined, box: Box): void {
  if (!caption) return;
  env.slide.addText(caption, { x: inches(box.x), y: inches(box.y + box.h + 4), w: inches(box.w), h: inches(22), margin: 0, fontSize: points(env.chartTheme.captionFontSize), color: hex(env.chartTheme.muted), ...env.font, fit: 'shrink' });
}
