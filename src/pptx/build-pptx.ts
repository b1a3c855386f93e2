/**
 * One build target (the deck or a variant) as a .pptx: one PowerPoint slide per
 * model slide, in order, each laid out by its layout on its master, with its notes;
 * then the package finished for the same bytes on every run (fix-package.ts).
 */
import { chartThemeFrom } from '../charts/chart-theme.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedTheme } from '../load/load-templates.js';
import type { DeckModel } from '../model/types.js';
import type { DeckData } from '../render/deck-data.js';
import { createMarkdown } from '../render/markdown.js';
import { deckFont, deckFontSlots } from './deck-font.js';
import type { FileLinks } from './deck-file-links.js';
import { fixPackage } from './fix-package.js';
import type { LayoutEnv } from './layout-env.js';
import { pptxLayout } from './layouts/index.js';
import { pptxThemeFrom } from './pptx-theme.js';
import { PptxGenJS } from './pptxgen.js';
import { defineMasters } from './slide-masters.js';
import { slideText } from './slide-text.js';
import { notesText } from './speaker-notes.js';

export interface PptxInput {
  model: DeckModel;
  data: DeckData;
  theme: LoadedTheme;
  labels: Record<string, string>;
  readAsset(src: string): Uint8Array | undefined;
  /** Links to the deck's files, collecting those the file links to. */
  files: FileLinks;
}

/** Zip's earliest date: the timestamp of a deck without `date`, so its bytes stay the same too. */
const NO_DATE = new Date(Date.UTC(1980, 0, 1));

export async function buildPptx(input: PptxInput): Promise<{ bytes: Uint8Array; warnings: Diagnostic[] }> {
  const { model, data, labels } = input;
  const { config } = model;
  const theme = pptxThemeFrom(input.theme.pptx);
  const chartTheme = chartThemeFrom(input.theme.chart);
  const font = deckFont(config.lang, theme);
  const warnings: Diagnostic[] = [];

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = config.title;
  pptx.author = config.authors.join(', ');
  pptx.company = config.brand.footer ?? '';
  pptx.subject = config.subject ?? config.subtitle ?? '';
  pptx.theme = { headFontFace: font.fontFace, bodyFontFace: font.fontFace };
  defineMasters(pptx, config, theme, font);

  const slideNumbers = new Map(model.slides.map((s, i) => [s.id, i + 1]));
  const md = createMarkdown({ elsewhere: () => undefined, deck: model.name });
  for (const deckSlide of model.slides) {
    const layout = pptxLayout(deckSlide.layout);
    const slide = pptx.addSlide({ masterName: layout.master });
    const text = slideText(deckSlide, { md, model, data, theme, slideNumbers, files: input.files });
    const env: LayoutEnv = { pptx, slide, deckSlide, model, data, theme, chartTheme, font, labels, text, slideNumbers, readAsset: input.readAsset, warn: (d) => warnings.push(d) };
    layout.place(env);
    const notes = deckSlide.source?.fm.notes;
    if (notes) slide.addNotes(notesText(text.block(notes, ['notes'], { color: theme.colors.text, fontSize: theme.sizes.body })));
  }

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const date = config.date ? new Date(`${config.date}T00:00:00Z`) : NO_DATE;
  const bytes = fixPackage(written, { date, keywords: config.keywords, language: config.lang, fonts: deckFontSlots(config.lang, theme), face: font.fontFace });
  return { bytes, warnings };
}
