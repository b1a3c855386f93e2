/**
 * Workbooks through the real CLI: a deck whose chart, table and sentence read sheets of
 * a LibreOffice-made .xlsx builds; a saved change to the workbook shows on the next
 * build; a broken workbook stops the build with its cell address and no stack trace.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';

const fixture = (name: string) => join(REPO_ROOT, 'tests', 'fixtures', 'workbooks', name);

const SECTION = `---
title: Markets
---

---
id: prices
layout: split
chart: { type: line, data: "market.xlsx#Prices", x: year, y: usd, format: usd, title: Module prices }
sources: [Fixture workbook]
---

# Module prices moved {{ (market#Prices[2024].usd / market#Prices[2023].usd - 1) | signed-percent }} in 2024

- Vendor B shipped {{ market#Units[vendor="Vendor B", year=2024].units_k }}k units

---
id: units
layout: table
table: { data: "market.xlsx#Units", columns: [vendor, year, units_k] }
sources: [Fixture workbook]
---

# Units by vendor
`;

describe('a deck reading a workbook', () => {
  let deck: string;
  beforeAll(async () => {
    deck = await writeTmpDeck({ 'deck.yaml': 'title: Workbook deck\ndate: 2024-10-15\n', 'sections/01-markets.md': SECTION, 'data/labels.yaml': 'units_k: Units (k)\n' });
    await copyFile(fixture('market.xlsx'), join(deck, 'data', 'market.xlsx'));
  });
  afterAll(() => removeTmpDeck(deck));

  it('builds chart, table and sentences from the sheets, and follows a saved change', async () => {
    const first = await runCli(['build', deck, '--out', join(dirname(deck), 'out')]);
    expect(first.stderr).toBe('');

    expect(first.code).toBe(0);
    const html = await readFile(join(dirname(deck), 'out', 'deck', 'index.html'), 'utf8');
    expect(html).toContain('Module prices moved −27% in 2024');
    expect(html).toContain('Vendor B shipped 9k units');
    expect(html).toContain('<th class="num">Units (k)</th>');
    expect(html).toMatch(/<svg[^>]*class="[^"]*chart/);

    // Saved again as a different workbook under the same name: its one sheet is "solar", not Prices.
    await copyFile(fixture('solar.xlsx'), join(deck, 'data', 'market.xlsx'));
    const second = await runCli(['build', deck, '--out', join(dirname(deck), 'out')]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('SheetNotFound');
    expect(second.stderr).toContain('has no sheet "Prices"');
    await copyFile(fixture('market.xlsx'), join(deck, 'data', 'market.xlsx'));
  });

  it('stops on a broken workbook at its cell, without a stack trace', async () => {
    await copyFile(fixture('broken.xlsx'), join(deck, 'data', 'broken.xlsx'));
    const result = await runCli(['lint', deck]);
    expect(result.code).toBe(1);
    const printed = result.stdout + result.stderr;
    expect(printed).toMatch(/data\/broken\.xlsx#NoName!B1 {2}error {2}DataParseError/);
    expect(printed).toMatch(/data\/broken\.xlsx#AsText!B3 {2}warning {2}NumberStoredAsText/);
    expect(printed).not.toMatch(/\n\s+at \S+ \(/);
    // No code frame of binary bytes under a workbook cell.
    expect(printed).not.toContain(' | ');
  });
});
