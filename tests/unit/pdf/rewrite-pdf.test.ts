/**
 * The byte-level rewriter on PDFs laid out as Chrome writes them (made by
 * pdf-lib with a classic xref table, or by hand), read back with pdf-lib.
 */
import { PDFBool, PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { stampId } from '../../../src/pdf/pdf-id.js';
import { rewriteChromePdf } from '../../../src/pdf/rewrite/rewrite-pdf.js';
import { readSourcePdf } from '../../../src/pdf/rewrite/source-pdf.js';
import { catalogString, readLinks, readOutline } from '../../e2e/helpers/read-pdf.js';
import { chromeLikePdf, EXTERNAL, handmadePdf, job, JOB_OUTLINE_READ_BACK } from './helpers/classic-pdf.js';

const rewrite = (input: Uint8Array, over = {}) => Buffer.from(stampId(rewriteChromePdf(input, job(over))));
const load = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false });

describe('rewriteChromePdf', () => {
  it('writes the nested outline, pointing at the top of each page', async () => {
    const out = await load(rewrite(await chromeLikePdf(4)));
    expect(readOutline(out)).toEqual(JOB_OUTLINE_READ_BACK);
    expect(out.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    // Sections start closed; the destination is the page's top-left corner.
    const root = out.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const revenue = root.lookup(PDFName.of('Last'), PDFDict);
    expect(String(revenue.get(PDFName.of('Count')))).toBe('-2');
    expect(String(revenue.get(PDFName.of('Dest')))).toBe(`[ ${out.getPage(1).ref} /XYZ 0 540 null ]`);
    expect(String(root.get(PDFName.of('Count')))).toBe('2');
  });

  it('writes the metadata and language, keeps Chrome’s Producer, dates by the deck', async () => {
    const out = await load(rewrite(await chromeLikePdf(4), { metadata: { ...job().metadata, subject: 'Three facts' } }));
    expect(out.getTitle()).toBe('AI is not the dot-com bubble');
    expect(out.getAuthor()).toBe('Air Street Press');
    expect(out.getSubject()).toBe('Three facts');
    expect(out.getKeywords()).toBe('ai, state of ai');
    expect(out.getCreator()).toBe('deckpress 0.1.0');
    expect(out.getProducer()).toBe('Skia/PDF m156');
    expect(out.getCreationDate()?.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    expect(out.getModificationDate()?.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    expect(catalogString(out, 'Lang')).toBe('en-GB');
    const prefs = out.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
  });

  it('encodes non-ASCII text as UTF-16BE and escapes literal strings', async () => {
    const title = 'AI 不是網路泡沫 🫧';
    const metadata = { ...job().metadata, title, authors: ['Air (Street) Press\\'] };
    const bytes = rewrite(await chromeLikePdf(4), { metadata });
    const out = await load(bytes);
    expect(out.getTitle()).toBe(title);
    expect(out.getAuthor()).toBe('Air (Street) Press\\');
    expect(readOutline(out)[1]!.children[1]!.title).toBe('人工智慧');
  });

  it('keeps Chrome’s link annotations and named destinations as they are', async () => {
    const input = await chromeLikePdf(4);
    const links = readLinks(await load(rewrite(input)));
    expect(links).toEqual(readLinks(await load(input)));
    expect(links).toEqual([
      { page: 0, uri: EXTERNAL },
      { page: 0, target: 3 },
    ]);
  });

  it('copies stream objects byte for byte and packs the rest into object streams', async () => {
    const input = await chromeLikePdf(4);
    const bytes = rewrite(input);
    const { buf, objects } = readSourcePdf(input);
    const streams = objects.filter((o) => o?.stream);
    expect(streams.length).toBeGreaterThan(0);
    for (const o of streams) expect(bytes.includes(buf.subarray(o!.stream!.start, o!.stream!.end))).toBe(true);
    const text = bytes.toString('latin1');
    expect(text).toContain('/Type /ObjStm');
    expect(text).toMatch(/\/Type \/XRef\n/);
    expect(text).not.toMatch(/\ntrailer\b/);
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    // The deterministic /ID, as the pdf-lib path writes it.
    expect(text).toMatch(/\/ID \[ <([0-9A-F]{32})> <\1> \]/);
  });

  it('gives the same bytes for the same content, printed at another time', async () => {
    const a = rewrite(await chromeLikePdf(4));
    await new Promise((r) => setTimeout(r, 1100));
    const b = rewrite(await chromeLikePdf(4));
    const c = rewrite(await chromeLikePdf(4, { text: 'y' }));
    expect(a.equals(b)).toBe(true);
    const id = (buf: Buffer) => /\/ID \[ <([0-9A-F]{32})>/.exec(buf.toString('latin1'))?.[1];
    expect(id(c)).not.toBe(id(a));
  });

  it('adds an Info dictionary when there is none, and no outline for a deck without one', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.addPage([960, 540]);
    const out = await load(rewrite(await pdf.save({ useObjectStreams: false }), { pageCount: 1, outline: [] }));
    expect(out.getTitle()).toBe('AI is not the dot-com bubble');
    expect(out.catalog.get(PDFName.of('Outlines'))).toBeUndefined();
    expect(out.catalog.get(PDFName.of('PageMode'))).toBeUndefined();
  });

  it('reads strings that look like keywords, comments, an indirect /Length and free entries', async () => {
    const content = 'BT /F1 24 Tf 40 400 Td (endobj) Tj ET';
    const input = handmadePdf([
      '<</Type /Catalog\n/Pages 2 0 R % the page tree\n>>',
      '<</Type /Pages\n/Kids [3 0 R]\n/Count 1\n/MediaBox [0 0 960 540]>>',
      '<</Type /Page\n/Parent 2 0 R\n/Contents 4 0 R\n/Annots [6 0 R]>>',
      // Unfiltered, so the data itself holds "endobj".
      `<</Length 5 0 R>>\nstream\r\n${content}\nendstream`,
      String(content.length),
      '<</Type /Annot\n/Subtype /Link\n/Rect [0 0 9 9]\n/A <</S /URI\n/URI (https://x.test/endobj\\)stream\\\\)>>>>',
      null,
      '<</Title (print.html)\n/Producer (Skia/PDF m156)>>',
    ], '\n/Info 8 0 R');
    const outline = [{ title: 'Only', page: 0, children: [] }];
    const out = await load(rewrite(input, { pageCount: 1, outline }));
    expect(readOutline(out)).toEqual([{ title: 'Only', page: 0, children: [] }]);
    expect(readLinks(out)).toEqual([{ page: 0, uri: 'https://x.test/endobj)stream\\' }]);
    expect(out.getProducer()).toBe('Skia/PDF m156');
  });
});
