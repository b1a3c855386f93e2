import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { themeStylesheetFonts } from '../../../src/fonts/theme-stylesheets.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';

let theme: string;

beforeAll(async () => {
  theme = await makeTmpDir('deckpress-theme-sheets-');
  await writeFiles(theme, {
    'fonts.css': '@font-face { font-family: Inter; src: url(a.woff2); unicode-range: U+0000-00FF, U+0131; }\n',
    'nested/extra.css': '@font-face { unicode-range: U+20??; }\n.arrow::before { content: "\\2192  "; }\n.tag::after { content: \'→\'; }\n',
    'notes.txt': 'content: "not a stylesheet"; unicode-range: U+4E00-9FFF;',
  });
});

afterAll(() => rm(theme, { recursive: true, force: true }));

it("reads the fonts a theme's stylesheets ship and the text they draw, from every stylesheet of the folder and no other file", async () => {
  const { fontRanges, fontText } = await themeStylesheetFonts(theme);
  expect(fontRanges).toEqual([[0x0, 0xff], [0x131, 0x131], [0x2000, 0x20ff]]);
  expect(fontText).toBe('→ →');
});

it('reads a missing theme folder as no fonts and no text', async () => {
  expect(await themeStylesheetFonts(`${theme}/missing`)).toEqual({ fontRanges: [], fontText: '' });
});
