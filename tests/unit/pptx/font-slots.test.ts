import { describe, expect, it } from 'vitest';
import { deckFontSlots } from '../../../src/pptx/deck-font.js';
import { hasFontSlots, splitFontSlots } from '../../../src/pptx/font-slots.js';
import { defaultPptxTheme, pptxThemeFrom } from '../../../src/pptx/pptx-theme.js';

const fonts = { latin: 'Inter', eastAsian: 'Noto Sans CJK TC' };

describe('splitFontSlots', () => {
  it("gives a run's Latin and complex-script slots the Latin face and keeps the CJK face in the East Asian slot", () => {
    const run =
      '<a:latin typeface="Noto Sans CJK TC" pitchFamily="34" charset="0"/><a:ea typeface="Noto Sans CJK TC" pitchFamily="34" charset="-122"/><a:cs typeface="Noto Sans CJK TC" pitchFamily="34" charset="-120"/>';
    expect(splitFontSlots(run, fonts)).toBe(
      '<a:latin typeface="Inter" pitchFamily="34" charset="0"/><a:ea typeface="Noto Sans CJK TC" pitchFamily="34" charset="-122"/><a:cs typeface="Inter" pitchFamily="34" charset="-120"/>',
    );
  });

  it("fills the theme's empty East Asian slot", () => {
    expect(splitFontSlots('<a:majorFont><a:latin typeface="Noto Sans CJK TC"/><a:ea typeface=""/><a:cs typeface=""/>', fonts)).toBe(
      '<a:majorFont><a:latin typeface="Inter"/><a:ea typeface="Noto Sans CJK TC"/><a:cs typeface=""/>',
    );
  });

  it('adds the East Asian slot where a chart names only a Latin face', () => {
    expect(splitFontSlots('<a:defRPr sz="1200">\n  <a:latin typeface="Noto Sans CJK TC"/>\n</a:defRPr>', fonts)).toBe(
      '<a:defRPr sz="1200">\n  <a:latin typeface="Inter"/><a:ea typeface="Noto Sans CJK TC"/>\n</a:defRPr>',
    );
  });

  it('leaves other faces alone (code in Courier New, a chart default)', () => {
    const xml = '<a:latin typeface="Courier New" pitchFamily="34" charset="0"/><a:ea typeface="Courier New"/><a:cs typeface="Courier New"/><a:latin typeface="+mn-lt"/>';
    expect(splitFontSlots(xml, fonts)).toBe(xml);
  });

  it('escapes the Latin face it writes', () => {
    expect(splitFontSlots('<a:latin typeface="Noto Sans CJK TC"/>', { ...fonts, latin: 'A&B' })).toBe('<a:latin typeface="A&amp;B"/><a:ea typeface="Noto Sans CJK TC"/>');
  });

  it('applies to slides, layouts, masters, notes, charts and the theme, not to workbooks or media', () => {
    for (const name of ['ppt/slides/slide1.xml', 'ppt/slideLayouts/slideLayout2.xml', 'ppt/slideMasters/slideMaster1.xml', 'ppt/notesSlides/notesSlide1.xml', 'ppt/charts/chart3.xml', 'ppt/theme/theme1.xml']) {
      expect(hasFontSlots(name), name).toBe(true);
    }
    for (const name of ['ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx', 'ppt/media/image-1-1.png', 'ppt/slides/_rels/slide1.xml.rels', 'docProps/core.xml']) {
      expect(hasFontSlots(name), name).toBe(false);
    }
  });
});

describe('deckFontSlots', () => {
  const theme = pptxThemeFrom({ fonts: { latin: 'Inter', 'zh-Hant': 'Noto Sans CJK TC', ja: 'Noto Sans CJK JP' } });

  it("names the theme's Latin face and the East Asian face of the deck's language, or of its base language", () => {
    expect(deckFontSlots('zh-Hant', theme)).toEqual({ latin: 'Inter', eastAsian: 'Noto Sans CJK TC' });
    expect(deckFontSlots('ja-JP', theme)).toEqual({ latin: 'Inter', eastAsian: 'Noto Sans CJK JP' });
  });

  it('has nothing to split for a deck without an East Asian face', () => {
    expect(deckFontSlots('en', theme)).toBeUndefined();
    expect(deckFontSlots('zh-Hant', defaultPptxTheme)).toBeUndefined();
    expect(deckFontSlots('ja', pptxThemeFrom({ fonts: { latin: 'Inter', ja: 'Inter' } }))).toBeUndefined();
  });
});
