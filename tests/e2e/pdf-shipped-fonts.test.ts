/**
 * The zh-Hant example deck printed on a machine whose fontconfig sees no CJK font
 * (FONTCONFIG_FILE: the system's configuration with every CJK font rejected): its
 * Chinese text is drawn with the Noto Sans TC subsets the theme ships, embedded as
 * subsetted TrueType CID fonts, never Type 3, in a PDF of at most 700 KB. The
 * build's fonts folder holds only the subsets the deck's text uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, pdffonts } from './helpers/read-pdf.js';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
let noCjk: string;
const pdf = () => join(dir, 'out', 'ai-not-a-bubble-zh', 'ai-not-a-bubble-zh.pdf');
const fcList = (env: NodeJS.ProcessEnv, ...args: string[]) => execFileSync('fc-list', args, { encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-shipped-fonts-'));
  noCjk = join(dir, 'no-cjk.conf');
  const cjkFiles = fcList({}, ':lang=zh-tw', 'file').split('\n').map((l) => l.replace(/:\s*$/, '').trim()).filter(Boolean);
  const reject = cjkFiles.map((f) => `<glob>${f}</glob>`).join('');
  await writeFile(
    noCjk,
    `<?xml version="1.0"?>\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><selectfont><rejectfont>${reject}</rejectfont></selectfont><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`,
  );
  const result = await runCli(['pdf', 'decks/ai-not-a-bubble-zh', '--out', join(dir, 'out')], undefined, { FONTCONFIG_FILE: noCjk });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the zh-Hant example PDF without a system CJK font', () => {
  it('is printed where fontconfig sees no CJK font at all', () => {
    expect(fcList({ FONTCONFIG_FILE: noCjk }, ':lang=zh-tw', 'file').trim()).toBe('');
  });

  it('carries its Chinese text in the embedded Noto Sans TC subsets, and no Type 3 font', () => {
    const fonts = pdffonts(pdf());
    expect(fonts.filter((f) => f.type.startsWith('Type 3'))).toEqual([]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const cjk = fonts.filter((f) => f.name.includes('NotoSansTC'));
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.every((f) => f.type === 'CID TrueType' && f.subset && f.unicode)).toBe(true);
    expect(pageText(pdf(), 2)).toContain('目錄');
  });

  it('draws the text of its title and agenda in the shipped fonts only', () => {
    for (const page of [1, 2]) {
      const names = pdffonts(pdf(), page).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      expect(names.filter((name) => !/^(Inter|NotoSansTC)/.test(name)), `page ${page}`).toEqual([]);
    }
  });

  it('is at most 700 KB', async () => {
    expect((await stat(pdf())).size).toBeLessThanOrEqual(700 * 1024);
  });

  it('ships only the font subsets its text uses', async () => {
    const files = await readdir(join(dir, 'out', 'ai-not-a-bubble-zh', 'assets', 'fonts'));
    const subsets = files.filter((f) => f.startsWith('noto-sans-tc-'));
    // The package has about 100 subsets per weight; the deck's text needs some, not all.
    expect(subsets.length).toBeGreaterThan(10);
    expect(subsets.length).toBeLessThan(120);
    expect(files.filter((f) => f.startsWith('noto-sans-tc-latin'))).toEqual([]);
    expect(files).toContain('fonts.css');
  });
});
