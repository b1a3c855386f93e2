/**
 * `deckpress pdf` reports slides whose content does not fit, measured on the page
 * it prints (one browser launch, no second load), at the slide's source line and
 * in the same words as `lint --render`, which shares the measurement.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';
import { wrapBrowser } from './helpers/browser-processes.js';

const FIXTURE = 'tests/fixtures/lint-render';
const SECTION = `${FIXTURE}/sections/01-render.md`;

let work: string;
let pdf: CliResult;
let lint: CliResult;
let launches: number;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-pdf-overflow-');
  const browser = await wrapBrowser(work, CHROMIUM_PATH);
  pdf = await runCli(['pdf', FIXTURE, '--out', join(work, 'out')], undefined, { CHROME_PATH: browser.path });
  launches = (await browser.pids()).length;
  lint = await runCli(['lint', FIXTURE, '--render', '--browser-path', CHROMIUM_PATH]);
}, 120_000);

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(work, { recursive: true, force: true });
});

const overflowLines = (stream: string) => stream.split('\n').filter((l) => l.includes('SlideOverflow'));

describe('deckpress pdf and overflowing slides', () => {
  it('writes the PDF and warns at the slide’s source line, saying by how much it runs over', () => {
    expect(pdf.code, pdf.stderr).toBe(0);
    const warnings = overflowLines(pdf.stderr);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${SECTION}:15:1 +warning +SlideOverflow +Slide 4: the text runs \\d+px past the bottom of the slide\\.$`));
    expect(Number(/(\d+)px/.exec(warnings[0]!)![1])).toBeGreaterThan(100);
  });

  it('uses the one browser it prints with', () => {
    expect(launches).toBe(1);
  });

  it('says what lint --render says about the same slide', () => {
    const [fromLint] = overflowLines(lint.stdout);
    const [fromPdf] = overflowLines(pdf.stderr);
    const message = (line: string | undefined) => line?.replace(/^.*SlideOverflow +/, '');
    expect(fromLint).toMatch(/ error +SlideOverflow /);
    expect(message(fromPdf)).toBe(message(fromLint));
  });
});
