import { describe, expect, it } from 'vitest';
import type { DeckModel, Slide } from '../../../src/model/types.js';
import { renderFindings, type BrowserEvents } from '../../../src/lint/render/render-findings.js';
import type { DocumentFindings } from '../../../src/pdf/measure/measure-page.js';
import type { ValidDeck, ValidSlide } from '../../../src/validate/validate-deck.js';

const BASE = 'file:///tmp/build/deck/';
const at = (file: string, line: number, column = 1) => ({ file, line, column });
const source = { file: 's/01.md', line: 12, fm: {}, locate: () => at('s/01.md', 12), body: { text: '', line: 15 } } as unknown as ValidSlide;
const deck = {
  configLocate: (path: readonly (string | number)[]) => (path[0] === 'theme' ? at('deck.yaml', 3, 8) : path[0] === 'title' ? at('deck.yaml', 1, 8) : at('deck.yaml', 1)),
  sections: [{ file: 's/01.md', locate: () => at('s/01.md', 2, 8) }],
} as unknown as ValidDeck;
const slides: Slide[] = [
  { kind: 'title', id: 'title', layout: 'title', number: 1 },
  { kind: 'section', id: 'intro', layout: 'section', number: 2, section: 0 },
  { kind: 'authored', id: 'crowded', layout: 'content', number: 3, section: 0, source },
];
const model = { slides, sections: [{ file: 's/01.md' }] } as unknown as DeckModel;
const none: BrowserEvents = { failedRequests: [], errors: [], slideEvents: [] };
const page = (index: number, id: string, extra: Partial<DocumentFindings['pages'][number]> = {}) => ({ index, id, overflows: [], brokenImages: [], ...extra });

describe('renderFindings', () => {
  it('places each overflow at its slide, keeping the worst finding per zone', () => {
    const findings: DocumentFindings = {
      failedFonts: [],
      pages: [
        page(0, 'title', { overflows: [{ kind: 'edge', zone: 'title-slide', axis: 'height', by: 12 }] }),
        page(1, 'intro'),
        page(2, 'crowded', {
          overflows: [
            { kind: 'overlap', zone: 'slide-body', into: 'chart-notes.slide-body', axis: 'height', by: 30 },
            { kind: 'chrome', zone: 'slide-body', axis: 'height', by: 20 },
            { kind: 'wide', zone: 'table-wrap.slide-body', axis: 'width', by: 80 },
            { kind: 'clipped', zone: 'sources', axis: 'height', by: 19 },
          ],
          brokenImages: ['assets/media/photo%20one.png'],
        }),
        page(3, 'crowded', { overflows: [{ kind: 'edge', zone: 'notes', axis: 'height', by: 5 }] }),
      ],
    };
    const found = renderFindings(findings, none, deck, model, BASE).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(found).toEqual([
      'deck.yaml:1:8 SlideOverflow Slide 1: the title slide runs 12px past the bottom of the slide.',
      's/01.md:12:1 SlideOverflow Slide 3: the text runs 20px into the source line and footer.',
      's/01.md:12:1 SlideOverflow Slide 3: the table is 80px wider than its space on the slide.',
      's/01.md:12:1 SlideOverflow Slide 3: the source line is cut off (19px of it hidden).',
      's/01.md:12:1 ImageLoadFailed Slide 3: image "photo one.png" did not load in the browser.',
      's/01.md:12:1 SlideOverflow Slide 3: the element ".notes" runs 5px past the bottom of the slide.',
    ]);
  });

  it('reports fonts at the theme, script errors at their slide, and each failed resource once', () => {
    const events: BrowserEvents = {
      failedRequests: [
        { url: `${BASE}assets/theme/fonts/x.woff2`, type: 'font' },
        { url: `${BASE}assets/media/gone.png`, type: 'image' },
        { url: `${BASE}assets/theme/extra.css`, type: 'stylesheet' },
      ],
      errors: [
        { text: 'Failed to load resource: net::ERR_FILE_NOT_FOUND', url: `${BASE}assets/media/gone.png` },
        { text: 'Failed to load resource: net::ERR_FILE_NOT_FOUND', url: `${BASE}assets/theme/extra.css` },
        { text: 'boom' },
        { text: 'late error' },
      ],
      slideEvents: [{ kind: 'error', text: 'Uncaught Error: boom', id: 'crowded' }],
    };
    const found = renderFindings({ pages: [], failedFonts: ['Inter 800 normal'] }, events, deck, model, BASE).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(found).toEqual([
      'deck.yaml:3:8 FontLoadFailed Font "assets/theme/fonts/x.woff2" did not load; text falls back to another font and may wrap differently.',
      's/01.md:12:1 ConsoleError The browser reported an error: Uncaught Error: boom',
      'deck.yaml:1:1 ConsoleError The browser reported an error: Failed to load resource: net::ERR_FILE_NOT_FOUND (assets/theme/extra.css)',
      'deck.yaml:1:1 ConsoleError The browser reported an error: late error',
    ]);
  });
});
