/**
 * A deck past the chunk threshold prints as parts in parallel tabs, joined into
 * one PDF (DECKPRESS_PDF_CHUNK_PAGES makes a 40-slide deck several parts). Read
 * back with poppler and qpdf: the same pages, text, outline and warnings as the
 * same deck printed whole, a link across parts that lands on its page, every
 * font embedded, and the same bytes on every run and in a lent browser.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_PAGES_ENV } from '../../src/pdf/chunk-plan.js';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { startLentChromium } from './helpers/lent-chromium.js';
import { loadPdf, pagesText, pdffonts, pdfinfo, readLinks } from './helpers/read-pdf.js';

const SLIDES = 40;
const PER_SECTION = 10;
const CHUNK = 8;
const id = (n: number) => `s-${String(n).padStart(2, '0')}`;
const headline = (n: number) => `Slide ${n} finds that part ${n} holds`;
/** The slide that links across parts, the one it links to, and the ones with findings. */
const [FROM, FAR, NEAR, OVERFLOWS, BLOCKED] = [2, 35, 4, 27, 38];

let work: string;
let deck: string;
const runs: Record<'chunked' | 'again' | 'whole' | 'lent', { result: CliResult; pdf: string }> = {} as never;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-pdf-chunks-');
  deck = join(work, 'deck');
  const files: Record<string, string> = {
    'deck/deck.yaml': 'title: Chunked deck\nauthors: [Test]\ndate: 2024-10-15\nlang: en\n',
    'outside/image.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
  };
  for (let s = 0; s < SLIDES / PER_SECTION; s++) {
    const slides = Array.from({ length: PER_SECTION }, (_, k) => slide(s * PER_SECTION + k + 1));
    files[`deck/sections/0${s + 1}-part.md`] = `---\ntitle: Section ${s + 1}\n---\n${slides.join('')}`;
  }
  await writeFiles(work, files);
  const print = async (name: keyof typeof runs, chunkPages: string, browser = ['--browser-path', CHROMIUM_PATH]) => {
    const out = join(work, name);
    const result = await runCli(['pdf', deck, '--out', out, ...browser], undefined, { [CHUNK_PAGES_ENV]: chunkPages });
    runs[name] = { result, pdf: join(out, 'deck', 'deck.pdf') };
  };
  await print('chunked', String(CHUNK));
  await print('again', String(CHUNK));
  // Far above the deck's page count: one document, as before chunking existed.
  await print('whole', '100000');
  // The parts served by the page server to a browser that cannot read this machine's files.
  const lent = await startLentChromium();
  try {
    await print('lent', String(CHUNK), ['--browser-url', lent.http]);
  } finally {
    await lent.stop();
  }
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function slide(n: number): string {
  const extra =
    n === FROM ? `\nSee [the far slide](#${id(FAR)}) and [the near one](#${id(NEAR)}).\n` :
    n === OVERFLOWS ? `\n${Array.from({ length: 30 }, (_, k) => `- Line ${k + 1} of a list too long for one slide`).join('\n')}\n` :
    n === BLOCKED ? `\n<img src="file://${work}/outside/image.svg" alt="outside">\n` : '';
  return `\n---\nid: ${id(n)}\n---\n\n# ${headline(n)}\n\nBody of slide ${n}.\n${extra}`;
}

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

function outline(pdf: string): { title: string; page: number }[] {
  const json = JSON.parse(spawnSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8' }).stdout) as { outlines: QpdfOutline[] };
  const flat = (items: QpdfOutline[]): { title: string; page: number }[] => items.flatMap((o) => [{ title: o.title, page: o.destpageposfrom1 }, ...flat(o.kids)]);
  return flat(json.outlines);
}

const warnings = (result: CliResult) => result.stderr.split('\n').filter((line) => / warning /.test(line)).sort();

describe('deckpress pdf of a deck printed in parts', () => {
  it('succeeds, and printed in parts (one set of font subsets per part)', () => {
    for (const { result } of Object.values(runs)) expect(result.code, result.stderr).toBe(0);
    const wholeFonts = pdffonts(runs.whole.pdf).length;
    expect(wholeFonts).toBeGreaterThan(0);
    expect(pdffonts(runs.chunked.pdf).length).toBeGreaterThanOrEqual(3 * wholeFonts);
  });

  it('has one page per page of the print document, with the same text in the same order', () => {
    const pages = Number(pdfinfo(runs.whole.pdf).Pages);
    expect(pages).toBeGreaterThan(3 * CHUNK);
    expect(Number(pdfinfo(runs.chunked.pdf).Pages)).toBe(pages);
    const chunked = pagesText(runs.chunked.pdf);
    expect(chunked).toHaveLength(pages);
    expect(chunked).toEqual(pagesText(runs.whole.pdf));
    // Every slide's headline, in order, each on a page after the previous one's.
    let last = -1;
    for (let n = 1; n <= SLIDES; n++) {
      const page = chunked.findIndex((text) => text.includes(headline(n)));
      expect(page, headline(n)).toBeGreaterThan(last);
      last = page;
    }
  });

  it('has one outline over all pages: every slide title at its page (qpdf)', () => {
    const entries = outline(runs.chunked.pdf);
    expect(entries).toEqual(outline(runs.whole.pdf));
    const text = pagesText(runs.chunked.pdf);
    for (let n = 1; n <= SLIDES; n++) {
      const entry = entries.find((e) => e.title === headline(n));
      expect(entry, headline(n)).toBeDefined();
      expect(text[entry!.page - 1]).toContain(headline(n));
    }
  });

  it('turns links to slides of other parts into links to their pages: every link as in the whole print', async () => {
    const text = pagesText(runs.chunked.pdf);
    const pageOf = (n: number) => text.findIndex((t) => t.includes(headline(n)));
    const links = readLinks(await loadPdf(runs.chunked.pdf));
    expect(links).toEqual(readLinks(await loadPdf(runs.whole.pdf)));
    const targets = links.filter((link) => link.page === pageOf(FROM)).map((link) => link.target);
    expect(targets).toContain(pageOf(NEAR));
    expect(targets).toContain(pageOf(FAR));
    // Three parts or more lie between them.
    expect(pageOf(FAR) - pageOf(FROM)).toBeGreaterThan(2 * CHUNK);
  });

  it('embeds every font, with its own subset tag per part', () => {
    const fonts = pdffonts(runs.chunked.pdf);
    expect(fonts.every((font) => font.embedded && font.subset)).toBe(true);
    expect(new Set(fonts.map((font) => font.name)).size).toBe(fonts.length);
  });

  it('passes qpdf --check without a warning', () => {
    const check = spawnSync('qpdf', ['--check', runs.chunked.pdf], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/warning|error:/i);
  });

  it('writes the same bytes on every run, in a lent browser too', async () => {
    expect((await readFile(runs.again.pdf)).equals(await readFile(runs.chunked.pdf))).toBe(true);
    expect((await readFile(runs.lent.pdf)).equals(await readFile(runs.chunked.pdf))).toBe(true);
  });

  it('names the right slides in its warnings, as the whole print does', () => {
    const chunked = warnings(runs.chunked.result);
    expect(chunked).toEqual(warnings(runs.whole.result));
    expect(chunked).toEqual([
      expect.stringMatching(/03-part\.md:\d+:1 +warning +SlideOverflow +Slide \d+: /),
      expect.stringMatching(/04-part\.md:\d+:1 +warning +FileRequestBlocked +Slide \d+: ".*outside\/image\.svg"/),
    ]);
  });
});
