/**
 * A broken target written more than once is reported at each place it is written:
 * its nth copy at the nth place its text is (writtenTargets, check-slide-targets.ts,
 * counts the images, slide links and file links of a slide apart), and a target
 * that is fine in between never shifts where a broken one is found.
 */
import { afterEach, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

let deck: string | undefined;
afterEach(async () => {
  if (deck) await removeTmpDeck(deck);
  deck = undefined;
});

const SECTION = [
  '---', 'title: A', '---', '',
  '---', 'id: targets', '---', '',
  '# Targets', '',
  '[a](#nowhere) ![a](missing.png) [file](nowhere.csv) [ok](data/ok.csv) ![c](nowhere)',
  '![b](missing.png) [b](#nowhere) [ok](data/ok.csv) [file](nowhere.csv) ![d](nowhere)',
  '',
].join('\n');

it('reports each broken image, slide link and file link at the place it is written, in the order written', async () => {
  deck = await writeTmpDeck({ 'sections/01-a.md': SECTION, 'data/ok.csv': 'x\n1\n' });
  const compiled = await compileDeck(deck);
  const found = compiled.diagnostics
    .filter((d) => ['ImageNotFound', 'BrokenSlideLink', 'LinkedFileNotFound'].includes(d.code))
    .map((d) => `${d.code} ${d.line}:${d.column}`);
  const line = SECTION.split('\n').findIndex((l) => l.startsWith('[a]')) + 1;
  // Where each target is in the source (after its "(" ), found here by a search of its own.
  const at = (text: string, nth: number) => `${line + nth}:${SECTION.split('\n')[line - 1 + nth]!.indexOf(text) + 2}`;
  // Images and slide links first (one check), then file links (the other), each in the order written.
  // "(nowhere)" also stands inside "(#nowhere" and "(nowhere.csv": each image is still found at its own "(".
  expect(found).toEqual([
    `BrokenSlideLink ${at('(#nowhere', 0)}`,
    `ImageNotFound ${at('(missing.png', 0)}`,
    `ImageNotFound ${at('(nowhere)', 0)}`,
    `ImageNotFound ${at('(missing.png', 1)}`,
    `BrokenSlideLink ${at('(#nowhere', 1)}`,
    `ImageNotFound ${at('(nowhere)', 1)}`,
    `LinkedFileNotFound ${at('(nowhere.csv', 0)}`,
    `LinkedFileNotFound ${at('(nowhere.csv', 1)}`,
  ]);
});
