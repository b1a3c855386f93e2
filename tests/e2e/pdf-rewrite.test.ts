/**
 * The byte-level rewriter on Chrome's real output, tagged and untagged: Chrome's
 * PDF is captured on its way into post-processing, and the written file must be
 * the rewriter's (no pdf-lib fallback), read by poppler (and qpdf, if installed)
 * without a warning, and the same document as the pdf-lib path makes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { stampId } from '../../src/pdf/pdf-id.js';
import { postProcessWithPdfLib } from '../../src/pdf/pdf-lib-post-process.js';
import { rewriteChromePdf } from '../../src/pdf/rewrite/rewrite-pdf.js';
import { readSourcePdf } from '../../src/pdf/rewrite/source-pdf.js';
import type { PdfJob } from '../../src/pdf/types.js';
import { writePrintFixture } from './helpers/print-fixture.js';
import { loadPdf, pageText, pdfinfo, readLinks, readOutline } from './helpers/read-pdf.js';

const chromePdfs = vi.hoisted(() => new Map<string, Uint8Array>());
vi.mock('../../src/pdf/post-process.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pdf/post-process.js')>();
  return {
    postProcess: (chromePdf: Uint8Array, job: PdfJob) => {
      chromePdfs.set(job.outPath, Uint8Array.from(chromePdf));
      return actual.postProcess(chromePdf, job);
    },
  };
});

const SLIDES = 12;
let dir: string;
const cases: { name: string; job: PdfJob }[] = [];
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-rewrite-'));
  const fixture = await writePrintFixture(join(dir, 'deck'), { slides: SLIDES, perSection: 4, lang: 'zh-Hant' });
  cases.push(
    { name: 'untagged', job: fixture.job(join(dir, 'untagged.pdf'), { label: 'untagged' }) },
    { name: 'tagged', job: fixture.job(join(dir, 'tagged.pdf'), { label: 'tagged', tagged: true }) },
  );
  // One job at a time: with two, the second job's import of post-process.js can miss vitest's mock.
  await exportPdfs(cases.map((c) => c.job), { concurrency: 1 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(['untagged', 'tagged'])('Chrome’s %s PDF', (name) => {
  const get = () => {
    const { job } = cases.find((c) => c.name === name)!;
    return { job, chrome: chromePdfs.get(job.outPath)!, path: job.outPath };
  };

  it('is written by the rewriter, not pdf-lib', async () => {
    const { job, chrome, path } = get();
    expect(chrome).toBeDefined();
    const rewritten = Buffer.from(stampId(rewriteChromePdf(chrome, job)));
    expect(rewritten.equals(await readFile(path))).toBe(true);
  });

  it('reads without a warning in poppler and qpdf', () => {
    const { path } = get();
    const runs: [string, string[]][] = [
      ['pdfinfo', [path]],
      ['pdftotext', [path, '-']],
      ['pdffonts', [path]],
      ['pdftoppm', ['-r', '20', '-f', '1', '-l', '3', path, join(dir, `${name}-page`)]],
    ];
    if (hasQpdf) runs.push(['qpdf', ['--check', path]]);
    for (const [tool, args] of runs) {
      const run = spawnSync(tool, args, { encoding: 'utf8' });
      expect({ tool, status: run.status, stderr: run.stderr }).toEqual({ tool, status: 0, stderr: '' });
    }
  });

  it('keeps Chrome’s links and copies its streams byte for byte, in a smaller file', async () => {
    const { chrome, path } = get();
    const out = await readFile(path);
    const source = join(dir, `${name}-chrome.pdf`);
    await writeFile(source, chrome);
    const links = readLinks(await loadPdf(path));
    expect(links).toEqual(readLinks(await loadPdf(source)));
    expect(links.some((l) => l.target !== undefined)).toBe(true);
    const { buf, objects } = readSourcePdf(chrome);
    for (const o of objects) if (o?.stream) expect(out.includes(buf.subarray(o.stream.start, o.stream.end))).toBe(true);
    expect(out.length).toBeLessThan(chrome.length);
  });

  it('is the document the pdf-lib path makes, at most as large', async () => {
    const { job, chrome, path } = get();
    const viaPdfLib = join(dir, `${name}-pdf-lib.pdf`);
    await writeFile(viaPdfLib, await postProcessWithPdfLib(chrome, job));
    const info = (file: string) => {
      const { 'File size': size, 'PDF version': version, ...rest } = pdfinfo(file);
      return { rest, size: Number.parseInt(size!, 10), version };
    };
    expect(info(path).rest).toEqual(info(viaPdfLib).rest);
    expect(info(path).size).toBeLessThanOrEqual(info(viaPdfLib).size);
    expect(readOutline(await loadPdf(path))).toEqual(readOutline(await loadPdf(viaPdfLib)));
    expect(readLinks(await loadPdf(path))).toEqual(readLinks(await loadPdf(viaPdfLib)));
    for (let page = 1; page <= SLIDES; page++) expect(pageText(path, page)).toBe(pageText(viaPdfLib, page));
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toBe(execFileSync('pdffonts', [viaPdfLib], { encoding: 'utf8' }));
  });
});
