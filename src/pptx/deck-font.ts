/**
 * The font and language every run of a deck carries. PowerPoint names languages by
 * culture (zh-TW, not zh-Hant); a deck in a CJK language gets its East Asian face
 * from the theme. pptxgenjs writes one face for Latin, East Asian and complex script:
 * a CJK deck's runs carry the CJK face, and the package pass (font-slots.ts) puts the
 * theme's Latin face back into the Latin slots.
 */
import type { FontSlots } from './font-slots.js';
import type { PptxTheme } from './pptx-theme.js';

export interface FontStyle {
  fontFace: string;
  lang: string;
}

const CULTURES: Record<string, string> = {
  en: 'en-US',
  'zh-Hant': 'zh-TW',
  'zh-TW': 'zh-TW',
  'zh-HK': 'zh-HK',
  'zh-Hans': 'zh-CN',
  'zh-CN': 'zh-CN',
  zh: 'zh-CN',
  ja: 'ja-JP',
  ko: 'ko-KR',
};

export function deckFont(lang: string, theme: PptxTheme): FontStyle {
  const base = lang.split('-')[0] ?? lang;
  return { fontFace: eastAsianFace(lang, theme) ?? theme.fonts.latin, lang: CULTURES[lang] ?? CULTURES[base] ?? lang };
}

/** The Latin and East Asian faces of a deck in a language the theme has an East Asian face for. */
export function deckFontSlots(lang: string, theme: PptxTheme): FontSlots | undefined {
  const eastAsian = eastAsianFace(lang, theme);
  return eastAsian === undefined || eastAsian === theme.fonts.latin ? undefined : { latin: theme.fonts.latin, eastAsian };
}

function eastAsianFace(lang: string, theme: PptxTheme): string | undefined {
  return theme.fonts[lang] ?? theme.fonts[lang.split('-')[0] ?? lang];
}
