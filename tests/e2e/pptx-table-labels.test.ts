/**
 * A data table's column headers come from the data folder's labels.yaml in the
 * PowerPoint file as they do in the HTML deck: one set of display names for
 * every output. Read back from the .pptx's slide XML.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { part, slideParts } from './helpers/read-pptx.js';
import { readFile, rm } from 'node:fs/promises';

let work: string;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-pptx-labels-');
  await writeFiles(join(work, 'decks', 'labels'), {
    'deck.yaml': 'title: Labels\nlang: en\n',
    'data/capacity.csv': 'country,solar_gw\nChina,609\nIndia,73\n',
    'data/labels.yaml': 'solar_gw: Solar capacity (GW)\n',
    'sections/01-table.md': '---\ntitle: Capacity\n---\n\n---\nid: capacity\nlayout: table\ntable: { data: capacity.csv }\n---\n\n# China has eight times India\'s solar capacity\n',
  });
  for (const command of ['build', 'pptx']) {
    const result = await runCli([command, 'decks/labels', '--out', 'out'], work);
    expect(result.code, result.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

it('labels a table column from labels.yaml in the PowerPoint file as in the HTML deck', async () => {
  const html = await readFile(join(work, 'out', 'labels', 'index.html'), 'utf8');
  expect(html).toContain('Solar capacity (GW)');
  const pptx = join(work, 'out', 'labels', 'labels.pptx');
  const slides = slideParts(pptx).map((name) => part(pptx, name)).join('\n');
  expect(slides).toContain('Solar capacity (GW)');
  expect(slides).not.toContain('>solar_gw<');
});
