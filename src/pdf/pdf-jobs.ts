import { join } from 'node:path';
import type { CompiledDeck } from '../compile/compiled-deck.js';
import { slidePosition } from '../model/slide-position.js';
import { pdfCreationDate, pdfCreator } from './creation-date.js';
import type { PdfJob } from './types.js';

/**
 * One PDF job per build of a compiled deck: `<deck>.pdf` for the full deck and
 * `<deck>-<variant>.pdf` for each variant, beside the deck's output folder's
 * index.html. `outDir` is the deck's output folder (dist/<deck>).
 */
export function pdfJobs(
  compiled: CompiledDeck,
  outDir: string,
  options: { version: string; png?: boolean; env?: NodeJS.ProcessEnv; /** Creation date without a deck date or SOURCE_DATE_EPOCH. */ modified?: Date },
): PdfJob[] {
  const deck = compiled.deck;
  if (!deck) return [];
  const config = deck.config;
  return compiled.targets.map(({ variant, model, rendered }) => {
    const name = variant ? `${compiled.name}-${variant}` : compiled.name;
    const subject = config.subject ?? model.config.subtitle;
    return {
      printHtmlPath: join(outDir, variant ?? '', 'print.html'),
      outPath: join(outDir, `${name}.pdf`),
      label: variant ? `${compiled.name}/${variant}` : compiled.name,
      tagged: config.pdf.tagged,
      pageCount: rendered.pageCount,
      printChunk: rendered.printChunk,
      outline: rendered.outline,
      metadata: {
        title: model.config.title,
        authors: config.authors,
        ...(subject ? { subject } : {}),
        keywords: config.keywords,
        lang: config.lang,
        creationDate: pdfCreationDate(config.date, options.env ?? process.env, options.modified),
        creator: pdfCreator(options.version),
      },
      ...(options.png ? { png: { dir: join(outDir, 'png', variant ?? '') } } : {}),
      slides: model.slides.map((slide) => ({ id: slide.id, number: slide.number, at: slidePosition(slide, deck, model) })),
      deckAt: deck.configLocate([]),
    };
  });
}
