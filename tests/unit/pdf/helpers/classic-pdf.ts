/**
 * Test inputs for the PDF rewriter: PDFs laid out as Chrome writes them (classic
 * xref table, uncompressed dictionaries, Flate streams), made by pdf-lib or
 * written by hand where the test needs syntax pdf-lib does not write.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { PdfJob } from '../../../../src/pdf/types.js';

export const EXTERNAL = 'https://www.stateof.ai/(2024)';

/** Pages with text, Chrome's Info and viewer preferences, an external link and a named internal one on page 1. */
export async function chromeLikePdf(pages: number, opts: { text?: string; useObjectStreams?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]).drawText(`${opts.text ?? 'x'} ${i}`, { x: 40, y: 400 });
  doc.setTitle('print.html');
  doc.setProducer('Skia/PDF m156');
  doc.setCreator('HeadlessChrome');
  // Chrome stamps the time of printing; post-processing must replace it.
  doc.setCreationDate(new Date());
  const { context } = doc;
  const refs = doc.getPages().map((p) => p.ref);
  const last = refs[refs.length - 1]!;
  doc.catalog.set(PDFName.of('Dests'), context.register(context.obj({ closing: [last, 'XYZ', 0, 540, 0] })));
  doc.catalog.set(PDFName.of('ViewerPreferences'), context.obj({ Type: 'ViewerPreferences', DisplayDocTitle: true }));
  const link = (extra: Record<string, unknown>) =>
    context.register(context.obj({ Type: 'Annot', Subtype: 'Link', F: 4, Border: [0, 0, 0], Rect: [36, 36, 200, 60], ...extra } as never));
  const external = link({ A: { Type: 'Action', S: 'URI', URI: PDFString.of(EXTERNAL) } });
  const internal = link({ Dest: 'closing' });
  doc.getPages()[0]!.node.set(PDFName.of('Annots'), context.obj([external, internal]));
  return doc.save({ useObjectStreams: opts.useObjectStreams ?? false });
}

/**
 * A one-page PDF written object by object, for syntax pdf-lib does not write:
 * `objects[i]` is object i + 1's text between `obj` and `endobj`; null leaves a
 * free entry. Objects 1–3 must be catalog, pages and page.
 */
export function handmadePdf(objects: (string | null)[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets: (number | null)[] = [];
  objects.forEach((text, i) => {
    if (text === null) return void offsets.push(null);
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${text}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += offset === null ? '0000000000 00001 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R${trailerExtra}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}

/** job()'s outline as a PDF reader gives it back (every entry with its children). */
export const JOB_OUTLINE_READ_BACK = [
  { title: 'Title', page: 0, children: [] },
  {
    title: 'Revenue',
    page: 1,
    children: [
      { title: 'OpenAI’s revenue tripled', page: 2, children: [] },
      { title: '人工智慧', page: 3, children: [] },
    ],
  },
];

export const job = (over: Partial<PdfJob> = {}): PdfJob => ({
  printHtmlPath: '/x/print.html',
  outPath: '/x/deck.pdf',
  label: 'deck',
  pageCount: 4,
  outline: [
    { title: 'Title', page: 0, children: [] },
    { title: 'Revenue', page: 1, children: [{ title: 'OpenAI’s revenue tripled', page: 2 }, { title: '人工智慧', page: 3 }] },
  ],
  metadata: {
    title: 'AI is not the dot-com bubble',
    authors: ['Air Street Press'],
    keywords: ['ai', 'state of ai'],
    lang: 'en-GB',
    creationDate: new Date('2024-10-15T00:00:00Z'),
    creator: 'deckpress 0.1.0',
  },
  ...over,
});
