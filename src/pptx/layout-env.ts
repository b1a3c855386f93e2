/** What a layout reads to place one deck slide on one PowerPoint slide. */
import type { ChartTheme } from '../charts/chart-theme.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DeckModel, Slide as DeckSlide } from '../model/types.js';
import type { DeckData } from '../render/deck-data.js';
import type { FontStyle } from './deck-font.js';
import type { PptxTheme } from './pptx-theme.js';
import type { Presentation, Slide } from './pptxgen.js';
import type { SlideText } from './slide-text.js';

export interface LayoutEnv {
  pptx: Presentation;
  slide: Slide;
  deckSlide: DeckSlide;
  model: DeckModel;
  data: DeckData;
  theme: PptxTheme;
  chartTheme: ChartTheme;
  font: FontStyle;
  labels: Record<string, string>;
  text: SlideText;
  /** Slide id → 1-based position in this file. */
  slideNumbers: ReadonlyMap<string, number>;
  /** Bytes of a file under the deck's assets/ (validated to exist by the compile). */
  readAsset(src: string): Uint8Array | undefined;
  /** Something PowerPoint cannot express, said where it is written. */
  warn(diagnostic: Diagnostic): void;
}

/** A box in CSS px of the 1280×720 slide. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
