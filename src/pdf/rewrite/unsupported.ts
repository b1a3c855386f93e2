/**
 * The input is not the PDF the rewriter was written for (an xref stream,
 * incremental updates, encryption, an offset that points elsewhere…). Not a
 * user error: post-processing falls back to pdf-lib, which reads any PDF.
 */
export class UnsupportedPdf extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'UnsupportedPdf';
  }
}
