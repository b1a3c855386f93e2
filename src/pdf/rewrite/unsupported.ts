/**
 * The input is not the PDF the rewriter was written for (an xref stream,
 * incremental updates, encryption, an offset that points elsewhere…): the
 * browser's output has changed. post-process.ts turns it into the loud
 * PdfPostProcessUnsupported error, never into a silent other path.
 */
export class UnsupportedPdf extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'UnsupportedPdf';
  }
}
