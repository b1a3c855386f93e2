/**
 * A run in DrawingML names three faces: `latin`, `ea` (East Asian) and `cs` (complex
 * script), and PowerPoint and LibreOffice pick one per character. pptxgenjs writes a
 * single face into all three of a run's slots, and only a `latin` face into the
 * theme's font scheme and a chart's text, so a CJK deck built with its CJK face set
 * Latin text (numbers, English words) in the CJK face too. The HTML deck puts the
 * theme's Latin face first and the CJK face after it; this pass gives the package the
 * same split: wherever the CJK face stands in a `latin` slot, `latin` (and `cs`, as
 * an English deck has it) becomes the Latin face and `ea` the CJK face.
 */
import { escapeXml } from '../charts/svg.js';

export interface FontSlots {
  /** The theme's Latin face. */
  latin: string;
  /** The face of the deck's East Asian language, as pptxgenjs wrote it into every slot. */
  eastAsian: string;
}

/** A `latin` slot and the `ea` slot beside it, when there is one (charts and themes may have none, or an empty one). */
const LATIN_AND_EA = /<a:latin typeface="([^"]*)"([^>]*)\/>(?:(\s*)<a:ea typeface="[^"]*"([^>]*)\/>)?/g;
const COMPLEX_SCRIPT = /<a:cs typeface="([^"]*)"/g;

export function splitFontSlots(xml: string, fonts: FontSlots): string {
  const latin = escapeXml(fonts.latin);
  const eastAsian = escapeXml(fonts.eastAsian);
  return xml
    .replace(LATIN_AND_EA, (whole, face: string, latinAttrs: string, space = '', eaAttrs = '') =>
      face === fonts.eastAsian ? `<a:latin typeface="${latin}"${latinAttrs}/>${space}<a:ea typeface="${eastAsian}"${eaAttrs}/>` : whole,
    )
    .replace(COMPLEX_SCRIPT, (whole, face: string) => (face === fonts.eastAsian ? `<a:cs typeface="${latin}"` : whole));
}

/** The parts whose text carries font slots: slides, layouts, masters, notes, charts and the theme. */
export function hasFontSlots(name: string): boolean {
  return /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters|charts|theme)\/[^/]+\.xml$/.test(name);
}
