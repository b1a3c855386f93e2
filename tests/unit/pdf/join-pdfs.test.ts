/**
 * Joining the PDFs of a deck's parts (rewrite/join-pdfs.ts), then rewriting them
 * as one: parts made by pdf-lib laid out as Chrome writes them, the result read
 * back with pdf-lib.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { postProcess } from '../../../src/pdf/post-process.js';
import { PAGE_LINK_SCHEME } from '../../../src/render/print-chunks.js';
import { readLinks, readOutline } from '../../e2e/helpers/read-pdf.js';
import { job } from './helpers/classic-pdf.js';

/** A part of `pages` pages `width` + i wide, with a link to `linkTo` on its first page: a page index (another part's) or its own named destination. */
async function part(width: number, pages: number, linkTo?: number | string, extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([width + i, 540]);
  doc.setProducer('Skia/PDF m156');
  const { context } = doc;
  const refs = doc.getPages().map((p) => p.ref);
  if (typeof linkTo === 'string') doc.catalog.set(PDFName.of('Dests'), context.register(context.obj({ [linkTo]: [refs[pages - 1]!, 'XYZ', 0, 540, 0] })));
  if (linkTo !== undefined) {
    const target = typeof linkTo === 'string' ? { Dest: linkTo } : { A: { Type: 'Action', S: 'URI', URI: PDFString.of(`${PAGE_LINK_SCHEME}${linkTo}`) } };
    const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', F: 4, Border: [0, 0, 0], Rect: [36, 36, 200, 60], ...target } as never));
    doc.getPages()[0]!.node.set(PDFName.of('Annots'), context.obj([link]));
  }
  extra?.(doc);
  return doc.save({ useObjectStreams: false });
}

const outline = [{ title: 'Deck', page: 0, children: [{ title: 'Last', page: 5 }] }];
const joined = async (parts: Uint8Array[]) => PDFDocument.load(postProcess(parts, job({ pageCount: 6, outline })), { updateMetadata: false });

describe('postProcess of a deck printed in parts', () => {
  it('joins the parts’ pages in order under one outline', async () => {
    const out = await joined([await part(900, 2), await part(910, 3), await part(920, 1)]);
    expect(out.getPages().map((page) => page.getWidth())).toEqual([900, 901, 910, 911, 912, 920]);
    expect(readOutline(out)).toEqual([{ title: 'Deck', page: 0, children: [{ title: 'Last', page: 5, children: [] }] }]);
    expect(out.getTitle()).toBe('AI is not the dot-com bubble');
  });

  it('turns a link to another part’s page into a link to that page, and keeps each part’s named destinations', async () => {
    const out = await joined([await part(900, 2, 4), await part(910, 3, 'end-of-two'), await part(920, 1, 1)]);
    expect(readLinks(out)).toEqual([
      { page: 0, target: 4 },
      { page: 2, target: 4 },
      { page: 5, target: 1 },
    ]);
  });

  it('writes the same bytes for the same parts', async () => {
    const parts = [await part(900, 2, 4), await part(910, 4)];
    expect(Buffer.from(postProcess(parts, job({ pageCount: 6, outline }))).equals(Buffer.from(postProcess(parts, job({ pageCount: 6, outline }))))).toBe(true);
  });

  it('refuses a part whose catalog holds what a join would lose (a tagged print’s structure tree)', async () => {
    const tagged = await part(910, 3, undefined, (doc) => doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({})));
    await expect(joined([await part(900, 2), tagged, await part(920, 1)])).rejects.toMatchObject({
      code: 'PdfPostProcessUnsupported',
      message: expect.stringContaining('/StructTreeRoot'),
    });
  });

  it('refuses a link to a page the joined document does not have', async () => {
    await expect(joined([await part(900, 2, 9), await part(910, 4)])).rejects.toMatchObject({ code: 'PdfPostProcessUnsupported', message: expect.stringContaining('page 9') });
  });
});
