/**
 * The contract between the pipeline and the PDF engine. The render stage writes a
 * static print document (dist/<deck>/print.html: one 1280×720 `section.slide` per
 * page, fragments and notes pages already resolved); the engine prints it.
 */
import type { BrowserChoice } from '../browser/start-browser.js';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { PdfWarning } from '../diagnostics/pdf-error.js';

export type { PdfWarning } from '../diagnostics/pdf-error.js';

export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  page: number;
}

export interface OutlineSection extends OutlineEntry {
  children: OutlineEntry[];
}

export interface PdfMetadata {
  title: string;
  authors: string[];
  subject?: string;
  keywords: string[];
  /** BCP 47 tag, written as the document's /Lang. */
  lang: string;
  /** The deck's `date` (or SOURCE_DATE_EPOCH): both CreationDate and ModDate, so exports are reproducible. */
  creationDate: Date;
  /** `deckpress <version>`. */
  creator: string;
}

/** Where a slide of the print document is written, for warnings about it. */
export interface SlideLocation {
  id: string;
  /** The slide's number in the deck, as messages show it. */
  number: number;
  at: SourcePosition;
}

export interface PdfJob {
  /** Absolute path of dist/<deck>/print.html (or a variant's). */
  printHtmlPath: string;
  /** Absolute path of the .pdf to write (atomically). */
  outPath: string;
  /** For progress lines, e.g. "ai-not-a-bubble" or "ai-not-a-bubble/talk". */
  label: string;
  /** Pages the print document has; a PDF with another count is an error. */
  pageCount: number;
  outline: OutlineSection[];
  metadata: PdfMetadata;
  /** A tagged PDF (structure tree for screen readers); deck.yaml's pdf.tagged. */
  tagged?: boolean;
  /** --png: one PNG per page plus contact-sheet.png in this folder. */
  png?: { dir: string };
  /**
   * The print document with only pages [first, first + count), for printing a
   * large deck in parts (print-chunks.ts); without it the deck prints whole.
   */
  printChunk?: (first: number, count: number) => string;
  /** The slides' source positions (warnings about a slide point there) and deck.yaml's, for the rest. */
  slides?: SlideLocation[];
  deckAt?: SourcePosition;
}

export type PdfPhase = 'loading' | 'laying out' | 'printing' | 'finishing';

/** Told about each job's progress; the CLI draws bars on a TTY and one line per deck otherwise. */
export interface ProgressReporter {
  start(label: string, pageCount: number): void;
  phase(label: string, phase: PdfPhase): void;
  /** A deck printed in parts: pages printed so far, after each part. */
  printed?(label: string, pages: number): void;
  done(label: string, result: PdfResult): void;
  failed(label: string, error: Error): void;
}

/** Which browser (found, launched or lent), and `timeoutMs`: per job and per browser call; default grows with the page count. */
export interface PdfOptions extends BrowserChoice {
  /** Jobs printed at the same time in the one browser. */
  concurrency?: number;
  progress?: ProgressReporter;
  /** Stops the export: jobs fail with the signal's reason and the browser is closed. */
  signal?: AbortSignal;
}


export interface PdfResult {
  label: string;
  outPath: string;
  pages: number;
  bytes: number;
  ms: number;
  /** PNG files written for --png (pages first, contact sheet last). */
  pngFiles: string[];
  /** Warnings that concern no one slide. */
  warnings: PdfWarning[];
  /** Warnings at a slide's source: overflow, blocked files, dialogs. */
  diagnostics: Diagnostic[];
}
