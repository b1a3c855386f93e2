import type { ChartTheme } from './chart-theme.js';
import { shrink, type Box } from './layout-box.js';
import { el, escapeXml, textLines } from './svg.js';
import { wrapText } from './text-metrics.js';

export interface FrameText {
  /** Accessible name and description (always present). */
  title: string;
  desc: string;
  /** Drawn title and caption (optional). */
  visibleTitle?: string;
  caption?: string;
}

/**
 * The outer SVG: viewBox sized, scaling to its box (width 100%), `role="img"` named by
 * `<title>` and described by `<desc>`, whose ids derive from the chart id so a page
 * of charts has unique, stable ids. Title on top and caption below are optional.
 */
export function layoutFrame(text: FrameText, theme: ChartTheme, pad = 4): { inner: Box; wrap(content: string, id: string, kind: string): string } {
  const { width, height } = theme;
  const titleLines = text.visibleTitle ? wrapText(text.visibleTitle, width - 2 * pad, theme.titleFontSize, 2, true) : [];
  const captionLines = text.caption ? wrapText(text.caption, width - 2 * pad, theme.captionFontSize, 3) : [];
  const titleLineHeight = theme.titleFontSize * 1.25;
  const captionLineHeight = theme.captionFontSize * 1.35;
  const titleHeight = titleLines.length > 0 ? titleLines.length * titleLineHeight + 12 : 0;
  const captionHeight = captionLines.length > 0 ? captionLines.length * captionLineHeight + 12 : 0;
  const inner = shrink({ x: 0, y: 0, width, height }, { top: pad + titleHeight, bottom: pad + captionHeight, left: pad, right: pad });

  return {
    inner,
    wrap: (content, id, kind) => {
      const safe = id.replace(/[^A-Za-z0-9_-]/g, '-');
      const parts = [
        el('title', { id: `${safe}-title` }, escapeXml(text.title)),
        el('desc', { id: `${safe}-desc` }, escapeXml(text.desc)),
        theme.background !== 'none' ? el('rect', { width, height, fill: theme.background }) : '',
        titleLines.length > 0
          ? textLines(titleLines, { class: 'chart-title', x: pad, y: pad + theme.titleFontSize, 'font-size': theme.titleFontSize, 'font-weight': 700, fill: theme.text }, titleLineHeight)
          : '',
        content,
        captionLines.length > 0
          ? textLines(captionLines, { class: 'chart-caption', x: pad, y: height - pad - captionHeight + 12 + theme.captionFontSize, 'font-size': theme.captionFontSize, fill: theme.muted }, captionLineHeight)
          : '',
      ];
      return el('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${width} ${height}`,
        width: '100%',
        role: 'img',
        'aria-labelledby': `${safe}-title ${safe}-desc`,
        class: `chart chart-${kind}`,
        'font-family': theme.fontFamily,
        'font-size': theme.fontSize,
        fill: theme.text,
      }, parts);
    },
  };
}
