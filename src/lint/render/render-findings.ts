import { diagnose, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DeckModel } from '../../model/types.js';
import type { ValidDeck } from '../../validate/validate-deck.js';
import type { SlideError } from './capture-errors.js';
import type { DocumentFindings, PageOverflow } from './measure-page.js';
import { slidePosition } from './slide-position.js';

/** What the browser reported besides the measurements. */
export interface BrowserEvents {
  /** Local requests that failed, by resource type ("image", "font", "stylesheet", …). */
  failedRequests: { url: string; type: string }[];
  /** console.error messages and uncaught exceptions, with the URL they concern when known. */
  errors: { text: string; url?: string }[];
  /** The same raised by a slide's own script, with the slide (see capture-errors.ts). */
  slideErrors: SlideError[];
}

/** Turns what the browser measured and reported into diagnostics at the slides' sources. */
export function renderFindings(findings: DocumentFindings, events: BrowserEvents, deck: ValidDeck, model: DeckModel, baseUrl: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byId = new Map(model.slides.map((s) => [s.id, s]));
  for (const page of findings.pages) {
    const slide = page.id === undefined ? undefined : byId.get(page.id);
    if (!slide) continue;
    const at = slidePosition(slide, deck, model);
    for (const overflow of worst(page.overflows)) found.push(diagnose('SlideOverflow', at, { slide: slide.number, detail: describe(overflow) }));
    for (const src of page.brokenImages) found.push(diagnose('ImageLoadFailed', at, { slide: slide.number, src: shortUrl(src, baseUrl) }));
  }

  const deckAt = deck.configLocate([]);
  const fontFiles = events.failedRequests.filter((r) => r.type === 'font').map((r) => shortUrl(r.url, baseUrl));
  const fonts = fontFiles.length > 0 ? fontFiles : findings.failedFonts;
  for (const font of new Set(fonts)) found.push(diagnose('FontLoadFailed', deck.configLocate(['theme']), { font }));
  // A failed image or font is reported above; the console's "Failed to load resource" for it adds nothing.
  const explained = new Set(events.failedRequests.filter((r) => r.type === 'image' || r.type === 'font').map((r) => r.url));
  const atSlide = new Set<string>();
  for (const error of events.slideErrors) {
    const slide = error.id === undefined ? undefined : byId.get(error.id);
    if (!slide || atSlide.has(error.text)) continue;
    atSlide.add(error.text);
    found.push(diagnose('ConsoleError', slidePosition(slide, deck, model), { text: error.text }));
  }
  for (const error of events.errors) {
    if (error.url !== undefined && explained.has(error.url)) continue;
    // Reported at its slide above; the browser's own report of it names no slide.
    if ([...atSlide].some((text) => text === error.text || text.endsWith(`: ${error.text}`) || error.text.endsWith(text))) continue;
    const text = error.url !== undefined && /^Failed to load resource/.test(error.text) ? `${error.text} (${shortUrl(error.url, baseUrl)})` : error.text;
    found.push(diagnose('ConsoleError', deckAt, { text }));
  }
  return found;
}

/** One finding per zone and axis: off the slide beats into the source line beats into the next zone. */
function worst(overflows: readonly PageOverflow[]): PageOverflow[] {
  const rank = { edge: 0, chrome: 1, overlap: 2, wide: 3, clipped: 4 } as const;
  const kept = new Map<string, PageOverflow>();
  for (const o of [...overflows].sort((a, b) => rank[a.kind] - rank[b.kind])) {
    const key = o.kind === 'clipped' || o.kind === 'wide' ? `${o.kind}:${o.zone}` : `${o.zone}:${o.axis}`;
    if (!kept.has(key)) kept.set(key, o);
  }
  return [...kept.values()];
}

const ZONES: Record<string, string> = {
  headline: 'the headline',
  'split-text': 'the text',
  'split-visual': 'the figure',
  split: 'the text and figure',
  'chart-full': 'the chart',
  'image-full': 'the image',
  'table-wrap': 'the table',
  stats: 'the big numbers',
  compare: 'the two columns',
  'big-quote': 'the quote',
  'chart-notes': 'the note under the chart',
  'image-caption': 'the caption',
  'stat-notes': 'the note under the numbers',
  'quote-notes': 'the note under the quote',
  'compare-notes': 'the note under the columns',
  sources: 'the source line',
  'title-slide': 'the title slide',
  'section-cover': 'the section cover',
  'closing-slide': 'the closing slide',
  'agenda-list': 'the agenda',
  'references-list': 'the references',
  'slide-body': 'the text',
  figure: 'the figure',
};

function zoneName(zone: string): string {
  const classes = zone.split('.');
  const known = Object.keys(ZONES).find((k) => classes.includes(k));
  return known ? ZONES[known]! : `the element ".${zone}"`;
}

function describe(o: PageOverflow): string {
  const what = zoneName(o.zone);
  switch (o.kind) {
    case 'clipped':
      return `${what} is cut off (${o.by}px of it hidden)`;
    case 'chrome':
      return `${what} runs ${o.by}px into the source line and footer`;
    case 'overlap':
      return `${what} runs ${o.by}px into ${zoneName(o.into ?? '')}`;
    case 'wide':
      return `${what} is ${o.by}px wider than its space on the slide`;
    case 'edge':
      return o.axis === 'height' ? `${what} runs ${o.by}px past the bottom of the slide` : `${what} runs ${o.by}px past the right edge of the slide`;
  }
}

/** A URL of the built deck as the author knows it: "assets/media/x.png" becomes "x.png". */
function shortUrl(url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep the encoded form
  }
  return decoded.replace(/^assets\/media\//, '');
}
