/**
 * Every top-level section of the print document is one page, whatever its class:
 * notes pages (`pdf.notes: pages`) and fragment steps come out as their own pages,
 * and the outline points at the slides' pages, not at the notes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { notesText, writePrintFixture } from './helpers/print-fixture.js';
import { loadPdf, pageText, pdfinfo, readOutline } from './helpers/read-pdf.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-pages-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('prints notes pages after their slides and keeps the outline on the slides', async () => {
  const fixture = await writePrintFixture(join(dir, 'deck'), { slides: 6, perSection: 3, notesEvery: 2 });
  const out = join(dir, 'notes.pdf');
  const job = fixture.job(out);
  expect(job.pageCount).toBe(9);
  await exportPdfs([job], {});
  expect(Number(pdfinfo(out).Pages)).toBe(9);
  // Slides 1, 2, notes(2), 3, 4, notes(4), 5, 6, notes(6).
  expect(fixture.slidePages).toEqual([0, 1, 3, 4, 6, 7]);
  expect(pageText(out, 3)).toContain(notesText(1));
  expect(pageText(out, 9)).toContain(notesText(5));
  expect(pageText(out, 4)).toContain(fixture.headlines[2]);
  const outline = readOutline(await loadPdf(out));
  expect(outline.map((s) => [s.page, ...s.children.map((c) => c.page)])).toEqual([[0, 1, 3], [4, 6, 7]]);
});
