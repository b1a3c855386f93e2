/**
 * One verdict: each mistake below, written into a small deck, is reported by
 * `build`, `dev` (its first build, and a rebuild after the mistake is typed into
 * a good deck), `pdf`, `pptx` and `lint` with the same code at the same file:line:col,
 * never at a dist/ path; build, pdf, pptx and lint exit 1, dev keeps serving.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';

const SECTION_HEAD = '---\ntitle: Findings\n---\n\n';
const GOOD: Record<string, string> = {
  'decks/d/deck.yaml': 'title: One verdict\ndate: 2024-10-15\nvariants:\n  talk: { tags: [talk] }\n',
  'decks/d/data/growth.csv': 'year,users,launched\n2023,10,2023-03-01\n2024,25,2024-02-29\n',
  'decks/d/assets/figure.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
  'decks/d/sections/01-findings.md': `${SECTION_HEAD}---\nid: growth\ntags: [talk]\n---\n\n# Users grew to {{ growth[2024].users }}\n\n![A figure](figure.svg)\n`,
};

interface Mistake {
  name: string;
  files: Record<string, string | Uint8Array>;
  /** `code file:line:col` (or `code file#Sheet!C3` in a workbook), the file relative to the project. */
  expected: string[];
  /** Text the message or hint must hold, in every command's output. */
  says?: string;
}

const S = 'decks/d/sections/01-findings.md';
// LibreOffice Calc saved Revenue!C3 as #DIV/0! and D3 as #N/A (tests/fixtures/workbooks/README.md).
const FORMULA_ERRORS = readFileSync(`${REPO_ROOT}/tests/fixtures/workbooks/formula-errors.xlsx`);
const slide = (frontMatter: string, body: string) => ({ [S]: `${SECTION_HEAD}---\nid: growth\ntags: [talk]\n${frontMatter}---\n\n${body}` });

const MISTAKES: Mistake[] = [
  { name: 'a Markdown image that does not exist', files: slide('', '# Growth\n\nSee ![the chart](figur.svg) here.\n'), expected: [`ImageNotFound ${S}:12:18`] },
  { name: 'a link to a slide id that does not exist', files: slide('', '# Growth\n\nBack to [the start](#grwoth).\n'), expected: [`BrokenSlideLink ${S}:12:21`] },
  { name: 'a slide link whose escape is not UTF-8', files: slide('', '# Growth\n\nBack to [the start](#%E0%A4).\n'), expected: [`BrokenSlideLink ${S}:12:21`] },
  {
    name: 'a variant whose tags select no slide',
    files: { 'decks/d/deck.yaml': 'title: One verdict\nvariants:\n  talk: { tags: [talk] }\n  board: { ids: [] }\n' },
    expected: ['EmptyVariant decks/d/deck.yaml:4:3'],
  },
  {
    name: 'a tag used by a variant but on no slide',
    files: { 'decks/d/deck.yaml': 'title: One verdict\nvariants:\n  talk: { tags: [talk, tlak] }\n' },
    expected: ['UnknownVariantEntry decks/d/deck.yaml:3:24'],
  },
  { name: 'an impossible date in a CSV cell', files: { 'decks/d/data/growth.csv': 'year,users,launched\n2023,10,2023-03-01\n2024,25,2024-02-30\n' }, expected: ['ImpossibleDate decks/d/data/growth.csv:3:9'], says: 'February 2024 has 29 days' },
  { name: 'an impossible date in deck.yaml', files: { 'decks/d/deck.yaml': 'title: One verdict\ndate: 2025-02-30\nvariants:\n  talk: { tags: [talk] }\n' }, expected: ['InvalidValue decks/d/deck.yaml:2:7'], says: 'February 2025 has 28 days' },
  {
    name: 'a --- right after text, before slide front matter',
    files: { [S]: `${SECTION_HEAD}---\nid: growth\ntags: [talk]\n---\n\n# Growth\n\n- a bullet\n---\nlayout: chart\n---\n\n# Swallowed\n` },
    expected: [`SeparatorWithoutBlankLine ${S}:13:1`],
    says: 'Put a blank line before the "---" on line 13.',
  },
  {
    name: 'a date format on a date that is not ISO',
    files: { ...slide('', '# Launched {{ growth[2024].launched | date }}\n'), 'decks/d/data/growth.csv': 'year,users,launched\n2023,10,01/03/2023\n2024,25,29/02/2024\n' },
    expected: [`NotADate ${S}:10:15`],
    says: 'is not an ISO date, but the "date" format needs one',
  },
  { name: 'a misspelt layout', files: slide('layout: chrat\n', '# Growth\n'), expected: [`UnknownLayout ${S}:8:9`], says: 'Did you mean "chart"?' },
  { name: 'a chart type from another tool', files: slide('layout: chart\nchart: { type: pie, data: growth.csv, x: year, y: users }\n', '# Growth\n'), expected: [`UnknownChartType ${S}:9:16`], says: 'Did you mean "donut"?' },
  {
    name: 'a Vega-Lite spec that is not valid JSON',
    files: { ...slide('layout: chart\nchart: { vega-lite: charts/growth.vl.json }\n', '# Growth\n'), 'decks/d/charts/growth.vl.json': '{\n  "mark": "bar",\n  "encoding": { "x": { "field": "year" }, }\n}\n' },
    expected: ['VegaLiteError decks/d/charts/growth.vl.json:3:43'],
    says: 'not valid JSON',
  },
  { name: 'a link to a file the deck does not have', files: slide('', '# Growth\n\nThe [raw data](data/growht.csv).\n'), expected: [`LinkedFileNotFound ${S}:12:16`] },
  { name: 'a link to a file outside the deck', files: slide('', '# Growth\n\nThe [raw data](../../secret.csv).\n'), expected: [`LinkOutsideDeck ${S}:12:16`] },
  {
    name: 'a formula error in a workbook cell',
    files: { 'decks/d/data/revenue.xlsx': FORMULA_ERRORS },
    expected: ['FormulaErrorCell decks/d/data/revenue.xlsx#BadHeader!B1', 'FormulaErrorCell decks/d/data/revenue.xlsx#Revenue!C3', 'FormulaErrorCell decks/d/data/revenue.xlsx#Revenue!D3'],
    says: 'holds the formula error #DIV/0!, which would read as an empty cell.',
  },
];

/** `code file:line:col` (`code file#Sheet!C3`) of every error printed, in order. */
function errorsIn(output: string): string[] {
  return [...output.matchAll(/^(\S+?)(:\d+:\d+|#\S+)  error  (\w+)/gm)].map((m) => `${m[3]} ${m[1]}${m[2]}`).sort();
}

async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await makeTmpDir('deckpress-verdict-');
  await writeFiles(dir, { ...GOOD, ...files });
  return dir;
}

/**
 * `deckpress dev` until its first build has printed; then, when `edit` is given,
 * writes it and waits for the rebuild. Returns what was printed for that build.
 */
function devOutput(cwd: string, edit?: Record<string, string | Uint8Array>): Promise<string> {
  const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'dev', 'decks/d', '--port', '0'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  let mark = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`dev printed no build result in 30 s:\n${output}`)), 30_000);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      clearTimeout(quiet);
      child.kill('SIGINT');
      if (error) reject(error);
      else resolve(output.slice(mark));
    };
    let edited = false;
    let written = !edit;
    let quiet: NodeJS.Timeout | undefined;
    // The verdict goes to stdout and the diagnostics, ending with their count, to stderr: wait for both.
    const hasResult = (text: string) => /build failed in/.test(text) && /\d+ errors?, \d+ warnings?/.test(text);
    const settle = () => {
      // The rebuild may print its verdict before the write's promise settles: look from the edit on.
      if (!written || !hasResult(output.slice(mark))) return;
      if (!edit) return finish();
      // An edit of several files can start a rebuild before the last is written: the verdict is the
      // last build's, once dev has been quiet for a while after the writes.
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        const since = output.slice(mark);
        const counts = [...since.matchAll(/\d+ errors?, \d+ warnings?/g)];
        const previous = counts.at(-2);
        mark += previous ? previous.index! + previous[0].length : 0;
        finish();
      }, 1500);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!/serving http/.test(output)) return;
      if (edit && !edited) {
        edited = true;
        mark = output.length;
        void writeFiles(cwd, edit).then(() => {
          written = true;
          settle();
        }, finish);
        return;
      }
      settle();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => finish(new Error(`dev exited ${code}:\n${output}`)));
  });
}

describe('one verdict: build, dev, pdf and lint report the same problems at the same places', () => {
  it('the good deck passes every command', async () => {
    const cwd = await project({});
    try {
      const [build, lint] = await Promise.all([runCli(['build', 'decks/d'], cwd), runCli(['lint', 'decks/d'], cwd)]);
      expect(build.stderr).toBe('');
      expect(build.code).toBe(0);
      expect(lint.code).toBe(0);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it.each(MISTAKES)('$name', async ({ files, expected, says }) => {
    const [broken, typedLater] = await Promise.all([project(files), project({})]);
    try {
      const [build, pdf, pptx, lint, devFirst, devEdit] = await Promise.all([
        runCli(['build', 'decks/d'], broken),
        runCli(['pdf', 'decks/d', '--out', 'pdf-out'], broken),
        runCli(['pptx', 'decks/d', '--out', 'pptx-out'], broken),
        runCli(['lint', 'decks/d'], broken),
        devOutput(broken),
        devOutput(typedLater, files),
      ]);
      expect({ build: errorsIn(build.stderr), pdf: errorsIn(pdf.stderr), pptx: errorsIn(pptx.stderr), lint: errorsIn(lint.stdout), devFirst: errorsIn(devFirst), devEdit: errorsIn(devEdit) }).toEqual({
        build: expected,
        pdf: expected,
        pptx: expected,
        lint: expected,
        devFirst: expected,
        devEdit: expected,
      });
      expect([build.code, pdf.code, pptx.code, lint.code]).toEqual([1, 1, 1, 1]);
      if (says) for (const output of [build.stderr, pdf.stderr, pptx.stderr, lint.stdout, devFirst, devEdit]) expect(output).toContain(says);
      expect(`${build.stderr}${pdf.stderr}${pdf.stdout}${pptx.stderr}`).not.toContain('dist/');
    } finally {
      await Promise.all([broken, typedLater].map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });

  it('an unknown --variant is a usage error (exit 2) that lists the deck\'s variants', async () => {
    const cwd = await project({});
    try {
      for (const command of ['build', 'pdf', 'pptx']) {
        const result = await runCli([command, 'decks/d', '--variant', 'tlak'], cwd);
        expect(result.code, command).toBe(2);
        expect(result.stderr).toContain('no variant "tlak"');
        expect(result.stderr).toContain('Did you mean "talk"? Its variants: talk.');
      }
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
