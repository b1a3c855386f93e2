/**
 * The contract between the pipeline and the PDF engine. The render stage writes a
 * static print document (dist/<deck>/print.html: one 1280×720 `section.slide` per
 * page, fragments and notes pages already resolved); the engine prints it.
 */

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
}

export type PdfPhase = 'loading' | 'laying out' | 'printing' | 'finishing';

/** Told about each job's progress; the CLI draws bars on a TTY and one line per deck otherwise. */
export interface ProgressReporter {
  start(label: string, pageCount: number): void;
  phase(label: string, phase: PdfPhase): void;
  done(label: string, result: PdfResult): void;
  failed(label: string, error: Error): void;
}

export interface PdfOptions {
  /** --browser-path; otherwise the environment and the usual places are searched. */
  browserPath?: string;
  /** Jobs printed at the same time in the one browser. */
  concurrency?: number;
  /** Per job; default grows with the page count. */
  timeoutMs?: number;
  progress?: ProgressReporter;
  /** Environment for browser discovery (CHROME_PATH, PUPPETEER_EXECUTABLE_PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** A problem that is not an error and not tied to a position in a source file. */
export interface PdfWarning {
  code: string;
  severity: 'warning';
  message: string;
  hint?: string;
}

export interface PdfResult {
  label: string;
  outPath: string;
  pages: number;
  bytes: number;
  ms: number;
  /** PNG files written for --png (pages first, contact sheet last). */
  pngFiles: string[];
  warnings: PdfWarning[];
}
