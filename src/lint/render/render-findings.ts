import type { FailedLoad } from '../../browser/page-policy.js';
import { diagnose, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DeckModel } from '../../model/types.js';
import type { ValidDeck } from '../../validate/validate-deck.js';
import type { DocumentFindings } from '../../pdf/measure/measure-page.js';
import { overflowDetails } from '../../pdf/measure/overflow-text.js';
import type { SlideEvent } from '../../pdf/slide-scripts.js';
import { slidePosition } from '../../model/slide-position.js';
import { typedTarget, writtenPath } from '../../render/decode-link.js';

/** What the browser reported besides the measurements. */
export interface BrowserEvents {
  /** Loads that failed, by resource type ("image", "font", …): the page policy's failedLoads (browser/page-policy.ts). */
  failedRequests: FailedLoad[];
  /** console.error messages and uncaught exceptions, with the URL they concern when known. */
  errors: { text: string; url?: string }[];
  /** What a slide's own script raised, with the slide (see pdf/slide-scripts.ts). */
  slideEvents: SlideEvent[];
}

/** Turns what the browser measured and reported into diagnostics at the slides' sources. */
export function renderFindings(findings: DocumentFindings, events: BrowserEvents, deck: ValidDeck, model: DeckModel, baseUrl: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byId = new Map(model.slides.map((s) => [s.id, s]));
  for (const page of findings.pages) {
    const slide = page.id === undefined ? undefined : byId.get(page.id);
    if (!slide) continue;
    const at = slidePosition(slide, deck, model);
    for (const detail of overflowDetails(page.overflows)) found.push(diagnose('SlideOverflow', at, { slide: slide.number, detail }));
    for (const src of page.brokenImages) found.push(diagnose('ImageLoadFailed', at, { slide: slide.number, src: shortUrl(src, baseUrl) }));
  }

  const deckAt = deck.configLocate([]);
  const fontFiles = events.failedRequests.filter((r) => r.type === 'font').map((r) => shortUrl(r.url, baseUrl));
  const fonts = fontFiles.length > 0 ? fontFiles : findings.failedFonts;
  for (const font of new Set(fonts)) found.push(diagnose('FontLoadFailed', deck.configLocate(['theme']), { font }));
  // A failed image or font is reported above; the console's "Failed to load resource" for it adds nothing.
  const explained = new Set(events.failedRequests.filter((r) => r.type === 'image' || r.type === 'font').map((r) => r.url));
  const atSlide = new Set<string>();
  for (const error of events.slideEvents) {
    const slide = error.id === undefined ? undefined : byId.get(error.id);
    if (error.kind !== 'error' || !slide || atSlide.has(error.text)) continue;
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

/** A URL of the built deck as the author knows it: "assets/media/x.png" becomes "x.png". */
function shortUrl(url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
  // A URL elsewhere is shown whole, its query kept; a path of the built deck as the file it names.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return typedTarget(path);
  return writtenPath(path).path.replace(/^assets\/media\//, '');
}
