/**
 * The finishing pass over the .pptx pptxgenjs wrote (uncompressed), compressing it
 * once (zip-parts.ts; pptxgenjs's own JSZip deflate took ten seconds on a 212-slide
 * deck). Slide XML gets the schema repairs of repair-ooxml.ts. pptxgenjs stamps the
 * clock into the zip entries and into docProps/core.xml (its own and each chart's
 * embedded workbook's), writes no keywords or language, and in Node leaves each
 * SVG's PNG fallback a broken-image placeholder. So:
 * - every entry, here and in the embedded workbooks, gets the deck's date, and the
 *   core properties its date, keywords and language: the same deck gives the same bytes;
 * - each SVG's fallback (pptxgenjs names it image-S-N.png beside image-S-(N+1).svg)
 *   is drawn from the SVG by resvg, its text in the deck's face (rasterize-svg.ts);
 * - each distinct picture is stored once (dedupe-media.ts);
 * - a CJK deck's text gets the Latin face in its Latin slots (font-slots.ts).
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { dedupeMedia } from './dedupe-media.js';
import { hasFontSlots, splitFontSlots, type FontSlots } from './font-slots.js';
import { rasterizeSvg } from './rasterize-svg.js';
import { isSlideXml, repairSlideXml } from './repair-ooxml.js';
import { zipParts } from './zip-parts.js';
import { escapeXml } from '../charts/svg.js';

export interface PackageFacts {
  /** The deck's date (UTC midnight), or a fixed day when the deck has none. */
  date: Date;
  keywords: string[];
  language: string;
  /** A CJK deck's two faces; undefined when the deck has one face for all its text. */
  fonts?: FontSlots;
  /** The face the deck's text is set in (deck-font.ts), for the text of the pictures' PNG fallbacks. */
  face: string;
}

export function fixPackage(bytes: Uint8Array, facts: PackageFacts): Uint8Array {
  const parts = unzipSync(bytes);
  const fixed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) {
    // Folder entries carry nothing a reader needs.
    if (name.endsWith('/')) continue;
    const text = () => strFromU8(data);
    if (isSlideXml(name) || (facts.fonts && hasFontSlots(name))) fixed[name] = strToU8(fixText(name, text(), facts.fonts));
    else if (name === 'docProps/core.xml') fixed[name] = strToU8(coreProperties(text(), facts));
    else if (name.startsWith('ppt/embeddings/') && name.endsWith('.xlsx')) fixed[name] = fixWorkbook(data, facts);
    else fixed[name] = data;
  }
  for (const name of Object.keys(fixed)) {
    const svg = /^(ppt\/media\/image-\d+-)(\d+)\.svg$/.exec(name);
    const png = svg && `${svg[1]}${Number(svg[2]) - 1}.png`;
    if (png && fixed[png]) fixed[png] = rasterizeSvg(strFromU8(parts[name]!), facts.face);
  }
  dedupeMedia(fixed);
  return zipParts(Object.entries(fixed), zipTime(facts.date));
}

function fixText(name: string, xml: string, fonts: FontSlots | undefined): string {
  const repaired = isSlideXml(name) ? repairSlideXml(xml) : xml;
  return fonts ? splitFontSlots(repaired, fonts) : repaired;
}

/** A chart's embedded workbook: its own core properties and entry dates, fixed the same way. */
function fixWorkbook(bytes: Uint8Array, facts: PackageFacts): Uint8Array {
  const parts = Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/'));
  const fixed = parts.map(([name, data]): [string, Uint8Array] => [name, name === 'docProps/core.xml' ? strToU8(withDates(strFromU8(data), facts.date)) : data]);
  return zipParts(fixed, zipTime(facts.date));
}

/** Zip stores local wall-clock fields: the date's UTC fields as local time read back the same in every time zone. */
function zipTime(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes());
}

function withDates(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
}

function coreProperties(xml: string, facts: PackageFacts): string {
  const extra = `${facts.keywords.length ? `<cp:keywords>${escapeXml(facts.keywords.join(', '))}</cp:keywords>` : ''}<dc:language>${escapeXml(facts.language)}</dc:language>`;
  return withDates(xml, facts.date).replace(/<\/cp:coreProperties>\s*$/, `${extra}</cp:coreProperties>`);
}
