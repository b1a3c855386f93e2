/**
 * `deckpress index` over the outputs of two shards merged into one folder, opened
 * from file:// in real Chromium: every deck and variant listed with its metadata,
 * every link resolves to a file the builds wrote, titles are escaped, no console
 * error and no request outside the folder.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const section = (slides: number) =>
  `---\ntitle: Findings\n---\n\n${Array.from({ length: slides }, (_, i) => `---\ntags: [${i === 0 ? 'talk' : 'full'}]\n---\n\n# Finding ${i + 1} is stated here in full\n`).join('\n')}`;

let project: string;
let browser: Browser | undefined;
interface Row { deck: string; cells: string[]; links: { text: string; href: string }[] }
let rows: Row[];
const problems: string[] = [];

beforeAll(async () => {
  project = await makeTmpDir('deckpress-site-index-');
  await writeFiles(project, {
    'decks/annual report/deck.yaml': 'title: Annual <b>report</b> & "outlook"\ndate: 2025-03-01\nlang: en\nvariants:\n  talk:\n    title: Annual talk\n    tags: [talk]\n',
    'decks/annual report/sections/01-findings.md': section(6),
    'decks/briefing/deck.yaml': 'title: 簡報\nlang: zh-Hant\n',
    'decks/briefing/sections/01-findings.md': section(3),
  });
  // Two CI workers: shard 1 builds and prints its deck, shard 2 builds the other; their outputs merged.
  for (const [shard, command] of [['1/2', 'pdf'], ['2/2', 'build']] as const) {
    const run = await runCli([command, '--shard', shard, '--out', `out-${shard[0]}`], project);
    expect(run.code, run.stderr).toBe(0);
    await cp(join(project, `out-${shard[0]}`), join(project, 'site'), { recursive: true });
  }
  const index = await runCli(['index', 'site'], project);
  expect(index.stderr).toBe('');
  expect(index.stdout).toBe('wrote site/index.html  2 decks, 3 builds\n');

  browser = await launchChromium();
  const page = await browser.newPage();
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => void problems.push(String(e)));
  page.on('request', (r) => void (r.url().startsWith(pathToFileURL(join(project, 'site')).href) || problems.push(`request: ${r.url()}`)));
  await page.goto(pathToFileURL(join(project, 'site', 'index.html')).href, { waitUntil: 'load' });
  rows = await page.$$eval('tbody tr', (trs) =>
    trs.map((tr) => ({
      deck: tr.closest('tbody')!.dataset.deck!,
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      links: [...tr.querySelectorAll('a')].map((a) => ({ text: a.textContent!, href: a.href })),
    })),
  );
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await rm(project, { recursive: true, force: true });
});

describe('deckpress index', () => {
  it('lists every deck and variant of the merged shards with title, build, date, language and slide count', () => {
    // Slides: title, agenda, divider and the 6 (or 3) written slides; the talk has the one tagged slide and its generated ones.
    expect(rows.map((r) => [r.deck, ...r.cells.slice(0, 5)])).toEqual([
      ['annual report', 'Annual <b>report</b> & "outlook"', 'full deck', '2025-03-01', 'en', expect.stringMatching(/^\d+$/)],
      ['annual report', 'Annual talk', 'talk', '2025-03-01', 'en', expect.stringMatching(/^\d+$/)],
      ['briefing', '簡報', 'full deck', '', 'zh-Hant', expect.stringMatching(/^\d+$/)],
    ]);
    const [full, talk, briefing] = rows.map((r) => Number(r.cells[4]));
    expect(full! - talk!).toBe(5);
    expect(full! - briefing!).toBe(3);
  });

  it('links the HTML of every build, and the PDFs where the shard printed them', () => {
    expect(rows.map((r) => r.links.map((l) => l.text))).toEqual([
      ['Annual <b>report</b> & "outlook"', 'HTML', 'PDF'],
      ['Annual talk', 'HTML', 'PDF'],
      ['簡報', 'HTML'],
    ]);
  });

  it('has links that resolve to the files the builds wrote', async () => {
    const page = await browser!.newPage();
    try {
      for (const link of rows.flatMap((r) => r.links)) {
        const path = fileURLToPath(link.href);
        expect(path.startsWith(join(project, 'site'))).toBe(true);
        if (link.text === 'PDF') {
          // Chromium hands PDFs to its viewer; the file itself is read back by its magic number.
          const { readFile } = await import('node:fs/promises');
          expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
        } else {
          await page.goto(link.href, { waitUntil: 'domcontentloaded' });
          expect(await page.$eval('meta[name="generator"]', (m) => m.getAttribute('content'))).toBe('deckpress');
        }
      }
    } finally {
      await page.close();
    }
  });

  it('logs no console error and requests nothing outside the folder', () => {
    expect(problems).toEqual([]);
  });
});
