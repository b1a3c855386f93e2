import type { DeckModel, Slide } from '../model/types.js';
import type { CompiledTemplates } from './compile-templates.js';
import type { DataBinding } from './data-binding.js';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createMarkdown, OUTSIDE_LINK_CLASS, type SlideLinks } from './markdown.js';
import { navBars } from './nav-bar.js';
import { printChunkRenderer, type PrintChunk } from './print-chunks.js';
import { printPages, type PrintPage } from './print-pages.js';
import { renderSlide, type SlideRender } from './render-slide.js';
import type { SlideRenderCache } from './slide-cache.js';
import { SLIDE_SIZE, themeStyle } from '../theme/theme-manifest.js';

export interface OutlineEntry {
  title: string;
  /** 0-based page index in the print document. */
  page: number;
  children: { title: string; page: number }[];
}

export interface RenderedDeck {
  /** The Reveal.js deck. */
  indexHtml: string;
  /** The static page-per-slide document the PDF is printed from. */
  printHtml: string;
  /** The same document with only some of its pages: a large deck prints as such parts. */
  printChunk: PrintChunk;
  pageCount: number;
  outline: OutlineEntry[];
  /** Every slide in order with its render: the build manifest lists them. */
  slides: { slide: Slide; render: SlideRender }[];
  diagnostics: Diagnostic[];
}

/**
 * Renders every slide once, then lays the same slide markup into the deck page and
 * the print page. With a cache (the dev server's), slides whose inputs did not
 * change since the last compile are reused instead of rendered.
 */
export function renderDeck(model: DeckModel, templates: CompiledTemplates, data: DataBinding, cache?: SlideRenderCache): RenderedDeck {
  const md = createMarkdown(variantLinks(model));
  const { config } = model;
  const notesPage = templates.page('notes-page');
  const labels = templates.labels(config.lang);
  const env = { md, model, templates, labels, data, navBar: navBars(model, templates) };
  const scope = cache ? deckKey(model) : '';
  const renders = model.slides.map((slide) => ({
    slide,
    render: cache ? cache.get(scope, slideKey(slide, model), slide, data, () => renderSlide(slide, env)) : renderSlide(slide, env),
  }));
  const slides = renders.map(({ slide, render }) => ({ slide, ...render }));
  const outsideLinks = renders.flatMap(({ render }) => render.outsideLinks);

  const pages: PrintPage[] = [];
  const outline: OutlineEntry[] = [];
  // A section's divider is its bookmark; its slides nest under it, even one placed after the references (closing).
  const dividers = new Map<number, OutlineEntry>();
  for (const { slide, html, classes, headline, notes, title } of slides) {
    const entry: OutlineEntry = { title, page: pages.length, children: [] };
    const divider = slide.kind === 'authored' && slide.section !== undefined ? dividers.get(slide.section) : undefined;
    if (divider) divider.children.push(entry);
    else outline.push(entry);
    if (slide.kind === 'section' && slide.section !== undefined) dividers.set(slide.section, entry);
    const printHtml = outsideLinks.length > 0 ? unlinkOutside(html) : html;
    pages.push(...printPages({ id: slide.id, classes, html: printHtml, notes, headline, number: slide.number }, config.pdf, (s) => notesPage({ ...s, labels })));
  }
  // The print document has no full deck beside it: those links become plain text, and the author is told.
  const diagnostics = [
    ...renders.flatMap(({ render }) => render.diagnostics),
    ...outsideLinks.flatMap(({ id, at }) => (at ? [diagnose('LinkOutsideVariant', at, { id, variant: model.variant ?? '' })] : [])),
    ...renders.flatMap(({ render }) => render.unsafeLinks).flatMap(({ url, scheme, what, at }) => (at ? [diagnose('UnsafeLinkScheme', at, { url, scheme, what })] : [])),
  ];

  const page = { lang: config.lang, title: config.title, date: config.date, description: config.subtitle ?? '', authors: config.authors.join(', '), theme: config.theme, themeStyle: themeStyle() };
  const printDocument = (shown: PrintPage[]) => templates.page('print')({ ...page, pages: shown });
  return {
    indexHtml: templates.page('deck')({ ...page, slides, revealConfig: JSON.stringify(REVEAL_CONFIG) }),
    printHtml: printDocument(pages),
    printChunk: printChunkRenderer(pages, printDocument),
    pageCount: pages.length,
    outline,
    slides: renders,
    diagnostics,
  };
}

/** Slide geometry and behaviour shared by every deck: the manifest's slide size, ids in the URL, our own slide numbers. */
const REVEAL_CONFIG = {
  ...SLIDE_SIZE,
  margin: 0.02,
  // reveal caps the scale at 2 by default, which leaves a 4K screen (scale 2.94) a white frame around the slide.
  maxScale: 4,
  hash: true,
  center: false,
  // Slides are flex columns (see the theme); reveal sets this on the visible slide.
  display: 'flex',
  transition: 'none',
  backgroundTransition: 'none',
  slideNumber: false,
  controls: true,
  progress: true,
  pdfMaxPagesPerSlide: 1,
};

/** Everything every slide of this build reads (besides data, templates and theme): a change renders them all again. */
function deckKey(model: DeckModel): string {
  const links = model.variant === undefined ? null : [model.slides.map((s) => s.id), [...model.fullDeckIds]];
  return JSON.stringify([model.variant, model.config, model.sections, model.slides.length, links]);
}

/**
 * What one slide's markup reads from the model; data is checked by the cache
 * (see SlideRenderCache). Where the slide starts is left out, so an edit above it
 * does not render it again (the cache moves its positions); where its body starts
 * within it is in.
 */
function slideKey(slide: Slide, model: DeckModel): string {
  const source = slide.source;
  const cited = (model.citations.get(slide.id) ?? []).map((n) => model.references[n - 1]);
  return JSON.stringify([slide.kind, slide.id, slide.layout, slide.number, slide.section, slide.headline, slide.references, source && [source.file, source.fm, source.body.text, source.body.line - source.line], cited]);
}

function unlinkOutside(html: string): string {
  const link = new RegExp(`<a href="[^"]*" class="${OUTSIDE_LINK_CLASS}">([\\s\\S]*?)</a>`, 'g');
  return html.replace(link, `<span class="${OUTSIDE_LINK_CLASS}">$1</span>`);
}

/** In a variant, links to slides it leaves out open them in the full deck, one folder up. */
function variantLinks(model: DeckModel): SlideLinks {
  const inBuild = new Set(model.slides.map((s) => s.id));
  return {
    deck: model.name,
    elsewhere: (id) => (model.variant !== undefined && !inBuild.has(id) && model.fullDeckIds.has(id) ? `../index.html#/${encodeURIComponent(id)}` : undefined),
  };
}
