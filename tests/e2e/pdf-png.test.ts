/** --png: one 1280×720 PNG per page, named by page number and slide id, and a contact sheet. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { writePrintFixture } from './helpers/print-fixture.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-png-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<[number, number]> {
  const bytes = await readFile(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

it('writes one PNG per page and a contact sheet, replacing an earlier export', async () => {
  const fixture = await writePrintFixture(join(dir, 'deck'), { slides: 5 });
  const pngDir = join(dir, 'png');
  await mkdir(pngDir, { recursive: true });
  // Left over from an export with more slides: must go. A file of the user's: must stay.
  await writeFile(join(pngDir, '009-old-slide.png'), 'stale');
  await writeFile(join(pngDir, 'notes.txt'), 'mine');

  const [result] = await exportPdfs([fixture.job(join(dir, 'deck.pdf'), { png: { dir: pngDir } })], {});
  const names = result!.pngFiles.map((f) => basename(f));
  expect(names).toEqual([
    '001-title.png',
    '002-s1-slide-2.png',
    '003-s1-slide-3.png',
    '004-s1-slide-4.png',
    '005-s1-slide-5.png',
    'contact-sheet.png',
  ]);
  expect((await readdir(pngDir)).sort()).toEqual([...names, 'notes.txt'].sort());
  for (const file of result!.pngFiles.slice(0, -1)) expect(await pngSize(file)).toEqual([1280, 720]);
  const [width, height] = await pngSize(join(pngDir, 'contact-sheet.png'));
  expect(width).toBeGreaterThan(6 * 256);
  expect(height).toBeGreaterThan(144);
});
