/** Post-processing in memory, on a PDF made with pdf-lib (no browser): outline, metadata, checks, determinism. */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { postProcess } from '../../../src/pdf/post-process.js';
import { catalogString, readOutline } from '../../e2e/helpers/read-pdf.js';
import { job, JOB_OUTLINE_READ_BACK } from './helpers/classic-pdf.js';

async function chromeLikePdf(pages: number, text = 'x'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]).drawText(`${text} ${i}`, { x: 40, y: 400 });
  // Chrome stamps the time of printing; post-processing must replace it.
  doc.setCreationDate(new Date());
  return doc.save();
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
    await expect(postProcess(await chromeLikePdf(5), job())).rejects.toMatchObject({
      code: 'PageCountMismatch',
      message: expect.stringContaining('has 5 pages but the deck has 4'),
    });
  });

  it('refuses an outline entry that points past the last page', async () => {
    const outline = [{ title: 'Lost', page: 9, children: [] }];
    await expect(postProcess(await chromeLikePdf(4), job({ outline }))).rejects.toMatchObject({ code: 'InvalidPdfJob' });
  });
});
