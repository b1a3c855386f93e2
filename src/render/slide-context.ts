import type { MarkdownIt } from 'markdown-it';
import type { DeckModel, Slide } from '../model/types.js';
import type { YamlPath } from '../load/parse-yaml.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { publishedFileUrl } from './deck-file-link.js';
import { renderSlideMarkdown, type MarkdownEnv, type WrittenTarget } from './markdown.js';
import { escapeHtml } from './plain-text.js';
import { formatDate } from './format-date.js';
import { statValueSize } from './stat-fit.js';
import { LAYOUTS_WITHOUT_CHROME } from '../theme/theme-manifest.js';
import { markdownValues } from '../validate/slide-fields.js';
import { navItems } from './nav-bar.js';

/** The data one slide reads, as plain values (renderSlide records the questions and answers). */
export interface SlideData {
  text(text: string, at: SourcePosition): string;
  /** Text for Markdown: values as placeholders in `text`; `fill` puts them, escaped, in the rendered HTML. */
  markdownText(text: string, at: SourcePosition): { text: string; fill(html: string): string };
  chart(): string | undefined;
  table(): string | undefined;
}

export interface RenderEnv {
  md: MarkdownIt;
  model: DeckModel;
  data: SlideData;
  labels: Record<string, string>;
  navBar(section: number | undefined): string;
  /** Collects the slide's links that leave this build. */
  outsideLinks: MarkdownEnv['outsideLinks'];
  unsafeLinks: NonNullable<MarkdownEnv['unsafeLinks']>;
  /** Collects this slide's images and slide links, for the build's checks. */
  targets: WrittenTarget[];
}

/** Everything a layout template may read; the README's "Themes and templates" section documents the keys. */
export function slideContext(slide: Slide, env: RenderEnv): Record<string, unknown> {
  const { model, md, data } = env;
  const { config } = model;
  const source = slide.source;
  const fm = source?.fm ?? {};
  const at = (path: YamlPath) => source!.locate(path);
  const mdEnv = (position: SourcePosition, path?: YamlPath): MarkdownEnv => ({ at: position, outsideLinks: env.outsideLinks, unsafeLinks: env.unsafeLinks, targets: env.targets, ...(path ? { path } : {}) });
  // Which front matter values are Markdown, and inline or block, is the field table's to say.
  // Data values are inserted as text: placeholders through Markdown, filled in escaped (data-values.ts).
  const markdown = new Map<string, string>();
  for (const { path, text, mode } of markdownValues(fm)) {
    const resolved = data.markdownText(text, at(path));
    const envAt = mdEnv(at(path), path);
    markdown.set(path.join('.'), resolved.fill(mode === 'inline' ? md.renderInline(resolved.text, envAt) : md.render(resolved.text, envAt)));
  }
  const rendered = (...path: (string | number)[]) => markdown.get(path.join('.'));

  const bodyAt = source && { file: source.file, line: source.body.line, column: 1 };
  const body = source && bodyAt ? slideBody(md, data, source.body.text, { ...mdEnv(bodyAt), written: source.body.text }, bodyAt) : { html: '' };
  const section = slide.section === undefined ? undefined : model.sections[slide.section];
  const figure = source ? figureHtml(slide, env) : undefined;

  return {
    labels: env.labels,
    deck: {
      title: config.title,
      subtitle: config.subtitle,
      authors: config.authors,
      date: config.date,
      dateText: config.date && slide.kind === 'title' ? formatDate(config.date, config.lang, env.labels) : undefined,
      lang: config.lang,
      brand: config.brand,
    },
    slide: { id: slide.id, number: slide.number, total: model.slides.length, layout: slide.layout, kind: slide.kind, class: fm.class },
    chrome: !LAYOUTS_WITHOUT_CHROME.includes(slide.layout),
    nav: navItems(model, slide.section),
    navBar: env.navBar(slide.section),
    section: section && { number: section.number, numberText: String(section.number).padStart(2, '0'), title: section.title, nav: section.nav, id: section.id },
    headline: body.headline ?? (slide.kind === 'section' ? escapeHtml(slide.headline ?? '') : undefined),
    body: body.html,
    notes: rendered('notes'),
    sources: (model.citations.get(slide.id) ?? []).map((n) => model.references[n - 1]),
    figure,
    visual: fm.visual ?? 'right',
    stats: fm.stats?.map((_, i, all) => {
      const value = rendered('stats', i, 'value');
      return { value, valueSize: statValueSize(value ?? '', all.length), label: rendered('stats', i, 'label') };
    }),
    quote: rendered('quote'),
    by: rendered('by'),
    left: fm.left && { title: rendered('left', 'title'), body: rendered('left', 'body') },
    right: fm.right && { title: rendered('right', 'title'), body: rendered('right', 'body') },
    table: source && fm.table ? data.table() : undefined,
    agenda: slide.kind === 'agenda' ? model.sections.map((s) => ({ number: s.number, numberText: String(s.number).padStart(2, '0'), title: s.title, id: s.id })) : undefined,
    references: slide.references,
  };
}

function slideBody(md: MarkdownIt, data: SlideData, text: string, env: MarkdownEnv, at: SourcePosition): { headline?: string; html: string } {
  const resolved = data.markdownText(text, at);
  const { headline, html } = renderSlideMarkdown(md, resolved.text, env);
  return { ...(headline !== undefined ? { headline: resolved.fill(headline) } : {}), html: resolved.fill(html) };
}

function figureHtml(slide: Slide, env: RenderEnv): string | undefined {
  const source = slide.source!;
  if (source.fm.chart) return env.data.chart();
  const image = source.fm.image;
  if (!image) return undefined;
  const alt = image.alt === undefined ? '' : env.data.text(image.alt, source.locate(['image', 'alt']));
  // A front matter path is a file name, not a URL: published as any asset, `cover#2.png` escaped to stay one.
  const src = publishedFileUrl({ path: `assets/${image.src.replace(/^\.?\//, '')}`, suffix: '' });
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`;
}
