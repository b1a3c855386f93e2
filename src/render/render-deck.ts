import type { DeckModel, Slide } from '../model/types.js';
import type { CompiledTemplates } from './compile-templates.js';
import type { DataBinding } from './data-binding.js';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createMarkdown, OUTSIDE_LINK_CLASS, type MarkdownEnv, type SlideLinks } from './markdown.js';
import { plainText } from './plain-text.js';
import { printPages, type PrintPage } from './print-pages.js';
import { slideContext } from './slide-context.js';
import type { RenderedSlide, SlideRenderCache } from './slide-cache.js';
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
  pageCount: number;
  outline: OutlineEntry[];
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
  const outsideLinks: MarkdownEnv['outsideLinks'] = [];
  const labels = templates.labels(config.lang);
  const render = (slide: Slide): RenderedSlide => {
    const context = slideContext(slide, { md, model, data, labels, outsideLinks });
    const html = templates.layout(slide.layout)(context);
    const classes = ['slide', `layout-${slide.layout}`, context.chrome ? 'has-chrome' : '', (context.slide as { class?: string }).class ?? ''].filter(Boolean).join(' ');
    const headline = context.headline as string | undefined;
    return { html, classes, headline, notes: context.notes as string | undefined, title: plainText(headline ?? '') || generatedTitle(slide.kind, slide.id, config.title, labels) };
  };
  const scope = cache ? deckKey(model) : '';
  const slides = model.slides.map((slide) => {
    if (!cache) return { slide, ...render(slide) };
    // A chart may be drawn before the slides, from tables the slide itself never reads: its drawing is part of the key.
    const figure = slide.source?.fm.chart ? data.chart(slide.source, slide.id) : undefined;
    const rendered = cache.get(scope, slideKey(slide, model, figure), () => {
      const [problems, links] = [data.diagnostics.length, outsideLinks.length];
      const value = render(slide);
      // Problems and links out of the build carry positions the key leaves out: such a slide is rendered each time.
      const keep = data.diagnostics.length === problems && outsideLinks.length === links;
      return { value, keep };
    });
    return { slide, ...rendered };
  });

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
  const diagnostics = outsideLinks.flatMap(({ id, at }) => (at ? [diagnose('LinkOutsideVariant', at, { id, variant: model.variant ?? '' })] : []));

  const page = { lang: config.lang, title: config.title, description: config.subtitle ?? '', authors: config.authors.join(', '), theme: config.theme, themeStyle: themeStyle() };
  return {
    indexHtml: templates.page('deck')({ ...page, slides, revealConfig: JSON.stringify(REVEAL_CONFIG) }),
    printHtml: templates.page('print')({ ...page, pages }),
    pageCount: pages.length,
    outline,
    diagnostics,
  };
}

/** Slide geometry and behaviour shared by every deck: the manifest's slide size, ids in the URL, our own slide numbers. */
const REVEAL_CONFIG = {
  ...SLIDE_SIZE,
  margin: 0.02,
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

/** What one slide's markup reads from the model (and its chart); positions are left out, so an edit above a slide does not render it again. */
function slideKey(slide: Slide, model: DeckModel, figure: string | undefined): string {
  const source = slide.source;
  const cited = (model.citations.get(slide.id) ?? []).map((n) => model.references[n - 1]);
  return JSON.stringify([slide.kind, slide.id, slide.layout, slide.number, slide.section, slide.headline, slide.references, source && [source.file, source.fm, source.body.text], cited, figure]);
}

function unlinkOutside(html: string): string {
  const link = new RegExp(`<a href="[^"]*" class="${OUTSIDE_LINK_CLASS}">([\\s\\S]*?)</a>`, 'g');
  return html.replace(link, `<span class="${OUTSIDE_LINK_CLASS}">$1</span>`);
}

/** In a variant, links to slides it leaves out open them in the full deck, one folder up. */
function variantLinks(model: DeckModel): SlideLinks {
  const inBuild = new Set(model.slides.map((s) => s.id));
  return {
    elsewhere: (id) => (model.variant !== undefined && !inBuild.has(id) && model.fullDeckIds.has(id) ? `../index.html#/${encodeURIComponent(id)}` : undefined),
  };
}

/** Outline titles of slides without a written headline. */
function generatedTitle(kind: string, id: string, deckTitle: string, labels: Record<string, string>): string {
  if (kind === 'title') return deckTitle;
  if (kind === 'agenda') return labels.contents ?? id;
  if (kind === 'references') return labels.references ?? id;
  return id;
}
