/**
 * Post-processing in memory, on PDFs laid out as Chrome writes them (no browser):
 * outline, metadata, checks, determinism; and a loud, specific error for any PDF
 * the rewriter was not written for (no silent other path).
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { postProcess } from '../../../src/pdf/post-process.js';
import { catalogString, readOutline } from '../../e2e/helpers/read-pdf.js';
import { chromeLikePdf as classicPdf, job, JOB_OUTLINE_READ_BACK } from './helpers/classic-pdf.js';

const chromeLikePdf = (pages: number, text = 'x') => classicPdf(pages, { text });

/** Chrome's file with text edits to its xref table or trailer. */
async function edited(edit: (text: string) => string): Promise<Buffer> {
  return Buffer.from(edit(Buffer.from(await chromeLikePdf(4)).toString('latin1')), 'latin1');
}

describe('postProcess', () => {
  it('writes the nested outline with titles as written', async () => {
    const out = await PDFDocument.load(await postProcess(await chromeLikePdf(4), job()));
    expect(readOutline(out)).toEqual(JOB_OUTLINE_READ_BACK);
  });

  it('writes metadata and language, dated by the deck', async () => {
    const out = await PDFDocument.load(await postProcess(await chromeLikePdf(4), job()), { updateMetadata: false });
    expect(out.getTitle()).toBe('AI is not the dot-com bubble');
    expect(out.getAuthor()).toBe('Air Street Press');
    expect(out.getKeywords()).toBe('ai, state of ai');
    expect(out.getCreator()).toBe('deckpress 0.1.0');
    expect(out.getCreationDate()?.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    expect(out.getModificationDate()?.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    expect(catalogString(out, 'Lang')).toBe('en-GB');
  });

  it('is deterministic, and the /ID follows the content', async () => {
    const a = Buffer.from(await postProcess(await chromeLikePdf(4), job()));
    await new Promise((r) => setTimeout(r, 1100));
    const b = Buffer.from(await postProcess(await chromeLikePdf(4), job()));
    const c = Buffer.from(await postProcess(await chromeLikePdf(4, 'y'), job()));
    expect(a.equals(b)).toBe(true);
    const id = (buf: Buffer) => /\/ID \[ <([0-9A-F]{32})> <\1> \]/.exec(buf.toString('latin1'))?.[1];
    expect(id(a)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(c)).not.toBe(id(a));
  });

  it('refuses a PDF whose page count is not the deck’s', async () => {
    const input = await chromeLikePdf(5);
    expect(() => postProcess(input, job())).toThrow(expect.objectContaining({
      code: 'PageCountMismatch',
      message: expect.stringContaining('has 5 pages but the deck has 4'),
    }));
  });

  it('refuses an outline entry that points past the last page', async () => {
    const outline = [{ title: 'Lost', page: 9, children: [] }];
    const input = await chromeLikePdf(4);
    expect(() => postProcess(input, job({ outline }))).toThrow(expect.objectContaining({ code: 'InvalidPdfJob' }));
  });
});

describe('a PDF the rewriter was not written for', () => {
  const unsupported = (detail: RegExp, producer = '"Skia/PDF m156"') =>
    expect.objectContaining({
      code: 'PdfPostProcessUnsupported',
      exitCode: 1,
      message: expect.stringMatching(new RegExp(`^"deck": the browser's PDF \\(made by ${producer}\\) .*\\(.*${detail.source}.*\\), so no PDF was written\\.$`)),
      hint: expect.stringContaining('--browser-path'),
    });

  it('fails loudly on an xref stream', async () => {
    const input = await classicPdf(4, { useObjectStreams: true });
    // Its Info dictionary is compressed in an object stream: the producer cannot be read.
    expect(() => postProcess(input, job())).toThrow(unsupported(/xref|cross-reference/, 'an unknown producer'));
  });

  it('fails loudly on incremental updates', async () => {
    const input = await edited((text) => {
      const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1];
      const size = Number(/\/Size (\d+)/.exec(text)![1]);
      const root = /\/Root (\d+ 0 R)/.exec(text)![1];
      const object = `\n${size} 0 obj\n<</Note (an update)>>\nendobj\n`;
      const xref = text.length + object.length;
      const table = `xref\n${size} 1\n${String(text.length + 1).padStart(10, '0')} 00000 n \n`;
      return `${text}${object}${table}trailer\n<</Size ${size + 1}\n/Root ${root}\n/Prev ${prev}>>\nstartxref\n${xref}\n%%EOF\n`;
    });
    expect(() => postProcess(input, job())).toThrow(unsupported(/\/Prev/));
  });

  it('fails loudly when an xref offset does not point at its object', async () => {
    const shifted = (_: string, offset: string) => `\n${String(Number(offset) + 1).padStart(10, '0')} 00000 n `;
    const input = await edited((text) => text.replace(/\n(\d{10}) 00000 n /, shifted));
    expect(() => postProcess(input, job())).toThrow(unsupported(/does not point at/));
  });

  it('fails loudly on an encrypted PDF', async () => {
    const input = await edited((text) => text.replace('/Root', '/Encrypt 1 0 R\n/Root'));
    expect(() => postProcess(input, job())).toThrow(unsupported(/\/Encrypt/));
  });
});
