/**
 * --browser-url: printing in a browser someone else runs (a browser pool), here a
 * Chromium the test starts with --remote-debugging-port. The PDF is the one a
 * locally launched browser prints, byte for byte; the lent browser keeps running
 * with no tab or context of deckpress left, whether the export succeeds, is
 * stopped by a signal, or loses the browser mid-print (then: exit 1, a message
 * naming the deck, and the last good PDF untouched).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createServer, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDiffProject } from '../cli/diff-deck.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';
import { eventually, startLentChromium, type LentChromium } from './helpers/lent-chromium.js';
import { pageText, pdfinfo } from './helpers/read-pdf.js';

const SECTION = `---
title: Lent
---

---
id: first
---

# Printed in a lent browser

![A bar](bar.svg)

[To the last slide](#last), [the bar as a file](assets/bar.svg)

---
id: last
---

# The last slide
`;
const BAR = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><rect width="400" height="40" fill="#c33"/></svg>';

/** A deck whose print takes long enough to be interrupted. */
const bigSection = (slides: number) =>
  `---\ntitle: Many\n---\n\n${Array.from({ length: slides }, (_, i) => `---\nid: s${i}\n---\n\n# Slide ${i}\n\n${'- A point worth making\n'.repeat(6)}`).join('\n')}`;

let lent: LentChromium;
let deckDir: string;
let bigDeck: string;

beforeAll(async () => {
  [lent, deckDir, bigDeck] = await Promise.all([
    startLentChromium(),
    writeTmpDeck({ 'deck.yaml': 'title: Lent browser\ndate: 2024-10-15\nlang: en\n', 'sections/01-lent.md': SECTION, 'assets/bar.svg': BAR }, 'lent'),
    writeTmpDeck({ 'deck.yaml': 'title: Many slides\ndate: 2024-10-15\n', 'sections/01-many.md': bigSection(150) }, 'many'),
  ]);
}, 60_000);

afterAll(async () => {
  await lent?.stop();
  await Promise.all([deckDir && removeTmpDeck(deckDir), bigDeck && removeTmpDeck(bigDeck)]);
});

const noDeckpressLeft = async () => (await lent.contexts()).length === 0 && (await lent.tabs()).every((url) => url === 'about:blank');

describe('deckpress pdf --browser-url', () => {
  it('prints the same PDF as a local browser, over http:// and ws://, and leaves the lent browser as it was', async () => {
    // One output folder: a link to a file of the deck is printed as that file's file: URL.
    const out = join(deckDir, '..', 'out');
    const pdf = join(out, 'lent', 'lent.pdf');
    const local = await runCli(['pdf', deckDir, '--out', out]);
    expect(local.code, local.stderr).toBe(0);
    const localPdf = await readFile(pdf);
    const overHttp = await runCli(['pdf', deckDir, '--out', out, '--browser-url', lent.http]);
    expect(overHttp.code, overHttp.stderr).toBe(0);
    const httpPdf = await readFile(pdf);
    const overWs = await runCli(['pdf', deckDir, '--out', out, '--png'], REPO_ROOT, { DECKPRESS_BROWSER_URL: lent.ws });
    expect(overWs.code, overWs.stderr).toBe(0);
    const wsPdf = await readFile(pdf);
    // Nothing blocked or missing: the page server gave the page all it asked for.
    expect(overHttp.stderr + overWs.stderr).not.toMatch(/warning/);

    expect(pdfinfo(pdf).Pages).toBe('4');
    expect(pageText(pdf, 3)).toContain('Printed in a lent browser');
    expect(httpPdf.equals(localPdf)).toBe(true);
    expect(wsPdf.equals(localPdf)).toBe(true);
    // --png too: the pages and the contact sheet (an HTML page of them, also served).
    const pngs = (await readdir(join(out, 'lent', 'png'))).sort();
    expect(pngs).toEqual(['001-title.png', '002-lent.png', '003-first.png', '004-last.png', 'contact-sheet.png']);
    expect(PNG.sync.read(await readFile(join(out, 'lent', 'png', 'contact-sheet.png'))).width).toBeGreaterThan(1_000);

    expect(lent.running()).toBe(true);
    expect(await lent.tabs()).toEqual(['about:blank']);
    expect(await lent.contexts()).toEqual([]);
  }, 120_000);

  it('on SIGTERM mid-print: exit 143, and the lent browser runs on without deckpress tabs', async () => {
    const out = join(bigDeck, '..', 'out-signal');
    const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'pdf', bigDeck, '--out', out, '--browser-url', lent.ws], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      expect(await eventually(async () => (await lent.tabs()).some((url) => url.endsWith('/print.html')), 60_000)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(await eventually(noDeckpressLeft)).toBe(true);
      expect(lent.running()).toBe(true);
      expect((await readdir(join(out, 'many')).catch(() => [])).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);

  it('when the connection drops mid-print, retries once on a new connection and writes the same PDF', async () => {
    // A relay between deckpress and the browser, whose connections the test cuts once.
    const sockets: Socket[] = [];
    let connections = 0;
    const relay = createServer((client) => {
      connections++;
      const upstream = connect(Number(new URL(lent.ws).port), '127.0.0.1');
      sockets.push(client, upstream);
      client.pipe(upstream).on('error', () => client.destroy());
      upstream.pipe(client).on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayed = new URL(lent.ws);
    relayed.port = String((relay.address() as { port: number }).port);
    const out = join(bigDeck, '..', 'out-dropped');
    try {
      const running = runCli(['pdf', bigDeck, '--out', out, '--browser-url', relayed.href]);
      expect(await eventually(async () => (await lent.tabs()).some((url) => url.endsWith('/print.html')), 60_000)).toBe(true);
      for (const socket of sockets.splice(0)) socket.destroy();
      const result = await running;
      expect(result.code, result.stderr).toBe(0);
      // The retry's own connection.
      expect(connections).toBe(2);
      const local = await runCli(['pdf', bigDeck, '--out', join(bigDeck, '..', 'out-dropped-local')]);
      expect(local.code, local.stderr).toBe(0);
      const [lentPdf, localPdf] = await Promise.all([out, join(bigDeck, '..', 'out-dropped-local')].map((dir) => readFile(join(dir, 'many', 'many.pdf'))));
      expect(lentPdf!.equals(localPdf!)).toBe(true);
      expect(await eventually(noDeckpressLeft)).toBe(true);
    } finally {
      relay.close();
      for (const socket of sockets) socket.destroy();
    }
  }, 120_000);

  it('when the lent browser dies mid-print: exit 1, a message naming the deck, the last good PDF kept', async () => {
    const out = join(bigDeck, '..', 'out-killed');
    const good = await runCli(['pdf', bigDeck, '--out', out]);
    expect(good.code, good.stderr).toBe(0);
    const pdf = join(out, 'many', 'many.pdf');
    const before = await readFile(pdf);

    const doomed = await startLentChromium();
    try {
      const running = runCli(['pdf', bigDeck, '--out', out, '--browser-url', doomed.http]);
      expect(await eventually(async () => (await doomed.tabs().catch(() => [])).some((url) => url.endsWith('/print.html')), 60_000)).toBe(true);
      await doomed.stop();
      const result = await running;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`error +BrowserConnectionLost +The connection to the browser at "${doomed.http}" dropped while printing "many"`));
      expect(result.stderr).toMatch(/hint: The last good PDF was kept/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect((await readFile(pdf)).equals(before)).toBe(true);
      expect((await readdir(join(out, 'many'))).filter((f) => f.startsWith('.'))).toEqual([]);
    } finally {
      await doomed.stop();
    }
  }, 120_000);
});

describe('deckpress lint --render and diff --report --browser-url', () => {
  it('lint --render measures the deck in the lent browser and leaves nothing there', async () => {
    const result = await runCli(['lint', deckDir, '--render', '--browser-url', lent.http]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/no problems \(render check included\)/);
    expect(await eventually(noDeckpressLeft)).toBe(true);
  }, 60_000);

  it('diff --report takes its slide images in the lent browser, the same ones as locally', async () => {
    const p = await writeDiffProject();
    try {
      const a = await p.build('a');
      await p.edit('sections/02-more.md', (t) => `${t}\n---\nid: more-three\n---\n\n# More three\n`);
      const b = await p.build('b');
      const [local, lentReport] = [join(p.project, 'report-local'), join(p.project, 'report-lent')];
      expect((await p.diff(a, b, '--report', local)).code).toBe(1);
      const result = await p.diff(a, b, '--report', lentReport, '--browser-url', lent.ws);
      expect(result.code, result.stderr).toBe(1);
      const images = (await readdir(join(lentReport, 'images'))).sort();
      expect(images).toEqual((await readdir(join(local, 'images'))).sort());
      expect(images).toContain('added-more-three.png');
      const png = PNG.sync.read(await readFile(join(lentReport, 'images', 'added-more-three.png')));
      expect([png.width, png.height]).toEqual([1280, 720]);
      expect(await eventually(noDeckpressLeft)).toBe(true);
    } finally {
      await rm(p.project, { recursive: true, force: true });
    }
  }, 120_000);
});
