/**
 * A workbook cell whose formula failed (#DIV/0!, #N/A) through the real CLI: build and
 * lint both stop at the sheet and cell, exit 1, print no stack trace, and the build
 * writes nothing.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';

// LibreOffice Calc saved Revenue!C3 as #DIV/0!, D3 as #N/A and D4 as #VALUE! (tests/fixtures/workbooks/README.md).
const WORKBOOK = join(REPO_ROOT, 'tests', 'fixtures', 'workbooks', 'formula-errors.xlsx');

const section = (sheet: string) => `---
title: Revenue
---

---
id: growth
layout: split
chart: { type: column, data: "revenue.xlsx#${sheet}", x: year, y: usd, title: Revenue }
sources: [Fixture workbook]
---

# Revenue reached {{ revenue#${sheet}[2024].usd }} in 2024
`;

describe('formula error cells in a workbook', () => {
  let deck: string;
  let out: string;
  beforeAll(async () => {
    deck = await writeTmpDeck({ 'deck.yaml': 'title: Workbook deck\ndate: 2024-10-15\n', 'sections/01-revenue.md': section('Revenue') });
    await mkdir(join(deck, 'data'));
    await copyFile(WORKBOOK, join(deck, 'data', 'revenue.xlsx'));
    out = join(dirname(deck), 'out');
  });
  afterAll(() => removeTmpDeck(deck));

  it('stop build and lint alike at each failed cell, and the build writes nothing', async () => {
    const [build, lint] = await Promise.all([runCli(['build', deck, '--out', out]), runCli(['lint', deck])]);
    const cells = (output: string) => [...output.matchAll(/^(\S+\.xlsx#\S+) {2}error {2}(\w+)/gm)].map((m) => `${m[2]} ${m[1]!.replace(/^.*\/data\//, 'data/')}`);
    const expected = [
      'FormulaErrorCell data/revenue.xlsx#BadHeader!B1',
      'FormulaErrorCell data/revenue.xlsx#Revenue!C3',
      'FormulaErrorCell data/revenue.xlsx#Revenue!D3',
    ];
    expect(cells(build.stderr).sort()).toEqual(expected);
    expect(cells(lint.stdout).sort()).toEqual(expected);
    expect([build.code, lint.code]).toEqual([1, 1]);
    for (const printed of [build.stderr, lint.stdout]) {
      expect(printed).toContain('holds the formula error #DIV/0!, which would read as an empty cell.');
      expect(printed).toContain('#N/A, which would read as an empty cell. 1 more cell below it in the column holds an error too.');
      expect(printed).toContain('hint: Fix the formula in the workbook (#DIV/0!: it divides by zero or by an empty cell), or leave the cell empty if there is no value.');
      expect(printed).not.toMatch(/\n\s+at \S+ \(/);
    }
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
