/**
 * postProcess takes the byte-level rewriter for a PDF laid out as Chrome writes
 * it, and falls back to pdf-lib for anything else: an xref stream, incremental
 * updates, offsets that do not point at their objects, a page count it does not
 * agree with. Both paths give the same document.
 */
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { postProcess } from '../../../src/pdf/post-process.js';
import { postProcessWithPdfLib } from '../../../src/pdf/pdf-lib-post-process.js';
import { stampId } from '../../../src/pdf/pdf-id.js';
import { rewriteChromePdf } from '../../../src/pdf/rewrite/rewrite-pdf.js';
import { UnsupportedPdf } from '../../../src/pdf/rewrite/unsupported.js';
import { catalogString, readLinks, readOutline } from '../../e2e/helpers/read-pdf.js';
import { chromeLikePdf, job } from './helpers/classic-pdf.js';

const pdfLibCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/pdf/pdf-lib-post-process.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/pdf/pdf-lib-post-process.js')>();
  return {
    postProcessWithPdfLib: (...args: Parameters<typeof actual.postProcessWithPdfLib>) => {
      pdfLibCalls.count++;
      return actual.postProcessWithPdfLib(...args);
    },
  };
});

beforeEach(() => {
  pdfLibCalls.count = 0;
});

const load = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false });

async function summary(bytes: Uint8Array) {
  const doc = await load(bytes);
  return {
    pages: doc.getPageCount(),
    outline: readOutline(doc),
    links: readLinks(doc),
    info: [doc.getTitle(), doc.getAuthor(), doc.getKeywords(), doc.getCreator(), doc.getProducer(), doc.getCreationDate()?.toISOString()],
    lang: catalogString(doc, 'Lang'),
  };
}

/** Chrome's file with text edits to its xref table or trailer. */
async function edited(edit: (text: string) => string): Promise<Buffer> {
  return Buffer.from(edit(Buffer.from(await chromeLikePdf(4)).toString('latin1')), 'latin1');
}

describe('postProcess', () => {
  it('rewrites a classic-xref PDF without loading pdf-lib', async () => {
    const input = await chromeLikePdf(4);
    const out = await postProcess(input, job());
    expect(pdfLibCalls.count).toBe(0);
    expect(Buffer.from(out).equals(Buffer.from(stampId(rewriteChromePdf(input, job()))))).toBe(true);
  });

  it('gives the same document as the pdf-lib path', async () => {
    const input = await chromeLikePdf(4);
    const fast = await summary(await postProcess(input, job()));
    expect(fast).toEqual(await summary(await postProcessWithPdfLib(input, job())));
    expect(fast.outline).toHaveLength(2);
    expect(fast.links).toHaveLength(2);
  });

  it('falls back to pdf-lib for an xref stream', async () => {
    const input = await chromeLikePdf(4, { useObjectStreams: true });
    expect(() => rewriteChromePdf(input, job())).toThrow(UnsupportedPdf);
    const out = await summary(await postProcess(input, job()));
    expect(pdfLibCalls.count).toBe(1);
    expect(out.outline.map((s) => s.title)).toEqual(['Title', 'Revenue']);
    expect(out.info[0]).toBe('AI is not the dot-com bubble');
  });

  it('falls back to pdf-lib for incremental updates', async () => {
    const input = await edited((text) => {
      const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1];
      const size = Number(/\/Size (\d+)/.exec(text)![1]);
      const root = /\/Root (\d+ 0 R)/.exec(text)![1];
      const object = `\n${size} 0 obj\n<</Note (an update)>>\nendobj\n`;
      const xref = text.length + object.length;
      const table = `xref\n${size} 1\n${String(text.length + 1).padStart(10, '0')} 00000 n \n`;
      return `${text}${object}${table}trailer\n<</Size ${size + 1}\n/Root ${root}\n/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
    });
    expect(() => rewriteChromePdf(input, job())).toThrow(/\/Prev/);
    expect((await summary(await postProcess(input, job()))).outline).toHaveLength(2);
    expect(pdfLibCalls.count).toBe(1);
  });

  it('falls back to pdf-lib when an xref offset does not point at its object', async () => {
    const shifted = (_: string, offset: string) => `\n${String(Number(offset) + 1).padStart(10, '0')} 00000 n `;
    const input = await edited((text) => text.replace(/\n(\d{10}) 00000 n /, shifted));
    expect(() => rewriteChromePdf(input, job())).toThrow(/does not point at/);
    expect((await summary(await postProcess(input, job()))).outline).toHaveLength(2);
    expect(pdfLibCalls.count).toBe(1);
  });

  it('leaves an encrypted PDF to pdf-lib', async () => {
    const input = await edited((text) => text.replace('/Root', '/Encrypt 1 0 R\n/Root'));
    expect(() => rewriteChromePdf(input, job())).toThrow(/\/Encrypt/);
  });

  it('lets pdf-lib report a page count that is not the deck’s', async () => {
    const input = await chromeLikePdf(5);
    expect(() => rewriteChromePdf(input, job())).toThrow(UnsupportedPdf);
    await expect(postProcess(input, job())).rejects.toMatchObject({ code: 'PageCountMismatch' });
    expect(pdfLibCalls.count).toBe(1);
  });

  it('refuses an outline entry past the last page without falling back', async () => {
    const outline = [{ title: 'Lost', page: 9, children: [] }];
    await expect(postProcess(await chromeLikePdf(4), job({ outline }))).rejects.toMatchObject({ code: 'InvalidPdfJob' });
    expect(pdfLibCalls.count).toBe(0);
  });
});
