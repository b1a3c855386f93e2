/**
 * A failed export leaves no PDF (an older one stays as it was), no temporary
 * file and no Chromium process; a browser that crashes once is retried.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecks } from '../../src/pipeline.js';
import { DiagnosticsError } from '../../src/diagnostics/diagnostic.js';
import { exportPdfs } from '../../src/pdf/export-pdfs.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { isPdfError, type PdfError } from '../../src/diagnostics/pdf-error.js';
import type { PdfPhase, ProgressReporter } from '../../src/pdf/types.js';
import { eventuallyEmpty, liveBrowserProcesses, wrapBrowser, type WrappedBrowser } from './helpers/browser-processes.js';
import { writePrintFixture, type Fixture } from './helpers/print-fixture.js';
import { pdfinfo } from './helpers/read-pdf.js';

let dir: string;
let fixture: Fixture;
let realBrowser: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-pdf-fail-'));
  fixture = await writePrintFixture(join(dir, 'deck'), { slides: 60 });
  realBrowser = (await findBrowser()).path;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function outFolder(name: string): Promise<string> {
  const out = join(dir, name);
  await rm(out, { recursive: true, force: true });
  return out;
}

async function expectPdfError(promise: Promise<unknown>, code: string): Promise<PdfError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPdfError(error)).toBe(true);
  expect((error as PdfError).code).toBe(code);
  expect((error as PdfError).exitCode).toBe(1);
  expect((error as PdfError).hint).toBeTruthy();
  return error as PdfError;
}

/** Kills the browser (SIGKILL) each time a job starts printing, up to `times` times. */
function killWhilePrinting(browser: WrappedBrowser, times: number): ProgressReporter {
  let kills = 0;
  return {
    start() {},
    done() {},
    failed() {},
    phase(_label: string, phase: PdfPhase) {
      if (phase !== 'printing' || kills >= times) return;
      kills++;
      // At once, before the print it interrupts can finish (a kill sent after an await missed a fast print).
      process.kill(browser.latestPid(), 'SIGKILL');
    },
  };
}

describe('failed exports', () => {
  it('names a browser path that does not exist, and writes nothing', async () => {
    const out = await outFolder('bad-path');
    const error = await expectPdfError(
      exportPdfs([fixture.job(join(out, 'deck.pdf'))], { browserPath: join(dir, 'no-such-chrome') }),
      'BrowserPathInvalid',
    );
    expect(error.message).toContain('--browser-path');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('reports a browser that does not start, and leaves an older PDF untouched', async () => {
    const out = await outFolder('no-launch');
    const notABrowser = join(dir, 'not-a-browser.sh');
    await writeFile(notABrowser, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n', { mode: 0o755 });
    const target = join(out, 'deck.pdf');
    await mkdir(out, { recursive: true });
    await writeFile(target, 'old pdf');
    await expectPdfError(exportPdfs([fixture.job(target)], { browserPath: notABrowser }), 'BrowserLaunchFailed');
    expect(await readFile(target, 'utf8')).toBe('old pdf');
    expect(await readdir(out)).toEqual(['deck.pdf']);
  });

  it('gives up after the browser crashes twice: no PDF, no temp file, no Chromium left', async () => {
    const out = await outFolder('crash-twice');
    const browser = await wrapBrowser(dir, realBrowser);
    await expectPdfError(
      exportPdfs([fixture.job(join(out, 'deck.pdf'))], { browserPath: browser.path, progress: killWhilePrinting(browser, 2) }),
      'BrowserCrashed',
    );
    expect(await readdir(out).catch(() => [])).toEqual([]);
    const pids = await browser.pids();
    expect(pids).toHaveLength(2);
    expect(await eventuallyEmpty(() => liveBrowserProcesses(pids))).toEqual([]);
  });

  it('retries once when the browser crashes, and then succeeds', async () => {
    const out = await outFolder('crash-once');
    const browser = await wrapBrowser(dir, realBrowser);
    const [result] = await exportPdfs([fixture.job(join(out, 'deck.pdf'))], {
      browserPath: browser.path,
      progress: killWhilePrinting(browser, 1),
    });
    expect(result?.pages).toBe(60);
    expect(Number(pdfinfo(join(out, 'deck.pdf')).Pages)).toBe(60);
    const pids = await browser.pids();
    expect(pids).toHaveLength(2);
    expect(await eventuallyEmpty(() => liveBrowserProcesses(pids))).toEqual([]);
  });

  it('stops at the time limit with a clear message and closes the browser', async () => {
    const out = await outFolder('timeout');
    const browser = await wrapBrowser(dir, realBrowser);
    const error = await expectPdfError(
      exportPdfs([fixture.job(join(out, 'deck.pdf'))], { browserPath: browser.path, timeoutMs: 50 }),
      'PdfTimeout',
    );
    expect(error.message).toMatch(/took longer than 0 s \(stopped while (loading|laying out|printing)\)/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
    const pids = await browser.pids();
    expect(await eventuallyEmpty(() => liveBrowserProcesses(pids))).toEqual([]);
  });

  it('closes the browser it started during the build when the build fails', async () => {
    const deckDir = join(dir, 'broken-deck');
    await mkdir(join(deckDir, 'sections'), { recursive: true });
    await writeFile(join(deckDir, 'deck.yaml'), 'title: Broken\n');
    await writeFile(join(deckDir, 'sections', '01-a.md'), '---\ntitle: A\n---\n\n---\nlayout: no-such-layout\n---\n\n# Slide\n');
    const browser = await wrapBrowser(dir, realBrowser);
    const out = await outFolder('broken-out');
    const failed = await buildDecks({ deckDirs: [deckDir], outDir: out, pdf: true, pdfOptions: { browserPath: browser.path } }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DiagnosticsError);
    expect(await readdir(out).catch(() => [])).toEqual([]);
    // The browser was started while the deck compiled, and nothing of it is left.
    const pids = await browser.pids();
    expect(pids).toHaveLength(1);
    expect(await eventuallyEmpty(() => liveBrowserProcesses(pids))).toEqual([]);
  });

  it('refuses a PDF whose page count differs from the deck', async () => {
    const out = await outFolder('count');
    await expectPdfError(exportPdfs([fixture.job(join(out, 'deck.pdf'), { pageCount: 61 })], {}), 'PageCountMismatch');
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('blocks network requests and reports them as a warning', async () => {
    const remote = await writePrintFixture(join(dir, 'remote'), { slides: 3, remoteImage: true });
    const out = await outFolder('remote-out');
    const [result] = await exportPdfs([remote.job(join(out, 'deck.pdf'))], {});
    expect(result?.warnings.map((w) => w.code)).toEqual(['RemoteRequestBlocked']);
    expect(result?.warnings[0]?.message).toContain('https://example.org/logo.png');
  });

  it('lets no request reach a server, not even one on this machine', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/logo.png`;
      const local = await writePrintFixture(join(dir, 'loopback'), { slides: 3, remoteImage: url });
      const out = await outFolder('loopback-out');
      const [result] = await exportPdfs([local.job(join(out, 'deck.pdf'))], {});
      expect(result?.warnings[0]?.message).toContain(url);
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('exports several decks with one browser, concurrently', async () => {
    const out = await outFolder('many');
    const browser = await wrapBrowser(dir, realBrowser);
    const jobs = ['a', 'b', 'c'].map((name) => ({ ...fixture.job(join(out, `${name}.pdf`)), label: name }));
    const results = await exportPdfs(jobs, { browserPath: browser.path, concurrency: 2 });
    expect(results.map((r) => r.label)).toEqual(['a', 'b', 'c']);
    expect((await readdir(out)).sort()).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(await browser.pids()).toHaveLength(1);
  });
});
