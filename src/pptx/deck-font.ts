/**
 * The font and language every run of a deck carries. PowerPoint names languages by
 * culture (zh-TW, not zh-Hant); a deck in a CJK language gets its East Asian face
 * from the theme (pptxgenjs writes one face for Latin, East Asian and complex script).
 */
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
  const eastAsian = theme.fonts[lang] ?? theme.fonts[base];
  return { fontFace: eastAsian ?? theme.fonts.latin, lang: CULTURES[lang] ?? CULTURES[base] ?? lang };
}
