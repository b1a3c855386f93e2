/** A small deck for the dev server's tests: a number and a chart read from a CSV, fragments, an image, a variant. */
import { join } from 'node:path';
import { section } from '../../helpers/compile-files.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';

export const REVENUE_CSV = 'year,revenue_usd\n2022,28000000\n2024,3700000000\n';

export const REVENUE_SLIDE = 'id: revenue\ntags: [talk]\n---\n\n# Revenue reached {{ revenue[2024].revenue_usd | usd-compact }}\n\n+ First point\n+ Second point\n+ Third point';

export const MINI_DECK: Record<string, string> = {
  'deck.yaml': 'title: Mini deck\ndate: 2024-10-15\nvariants:\n  talk: { title: Mini talk, tags: [talk] }\n',
  'sections/01-money.md': section('Money', [
    'id: opening\n---\n\n# Opening words\n\n- A plain slide',
    REVENUE_SLIDE,
    'id: revenue-chart\nlayout: chart\nchart: { type: column, data: revenue.csv, x: year, y: revenue_usd, format: usd-compact }\n---\n\n# Revenue by year',
  ]),
  'sections/02-more.md': section('More', [
    'id: picture\nlayout: image\nimage: { src: pic.svg, alt: A square }\n---\n\n# A picture',
    'id: closing-words\n---\n\n# Closing words\n\n- Nothing from data here',
  ]),
  'data/revenue.csv': REVENUE_CSV,
  'assets/pic.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n',
};

/** Writes the mini deck as `<tmp>/decks/mini/` (a project: templates/ and the caches go in <tmp>); returns the deck folder. */
export async function writeMiniDeck(files: Record<string, string> = MINI_DECK): Promise<{ project: string; deckDir: string }> {
  const project = await makeTmpDir('deckpress-dev-');
  const deckDir = join(project, 'decks', 'mini');
  await writeFiles(deckDir, files);
  return { project, deckDir };
}
