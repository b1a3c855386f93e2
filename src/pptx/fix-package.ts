/**
 * The finishing pass over the .pptx pptxgenjs wrote (uncompressed), compressing it
 * once. Slide XML gets the schema repairs of repair-ooxml.ts. pptxgenjs stamps the clock into the zip entries and into docProps/core.xml
 * (its own and each chart's embedded workbook's), writes no keywords or language,
 * and in Node leaves each SVG's PNG fallback a broken-image placeholder. So:
 * - every entry, here and in the embedded workbooks, gets the deck's date, and the
 *   core properties its date, keywords and language: the same deck gives the same bytes;
 * - each SVG's fallback (pptxgenjs names it image-S-N.png beside image-S-(N+1).svg)
 *   is drawn from the SVG by resvg.
 */
import JSZip from 'jszip';
import { rasterizeSvg } from './rasterize-svg.js';
import { isSlideXml, repairSlideXml } from './repair-ooxml.js';

export interface PackageFacts {
  /** The deck's date (UTC midnight), or a fixed epoch when the deck has none. */
  date: Date;
  keywords: string[];
  language: string;
}

const ZIP_OPTIONS = { type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;

export async function fixPackage(bytes: Uint8Array, facts: PackageFacts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    if (isSlideXml(name)) zip.file(name, repairSlideXml(await entry.async('string')));
    else if (name === 'docProps/core.xml') zip.file(name, coreProperties(await entry.async('string'), facts));
    else if (name.startsWith('ppt/embeddings/') && name.endsWith('.xlsx')) zip.file(name, await fixWorkbook(await entry.async('uint8array'), facts));
    else if (/^ppt\/media\/image-\d+-\d+\.svg$/.test(name)) {
      const png = name.replace(/-(\d+)\.svg$/, (_, n: string) => `-${Number(n) - 1}.png`);
      if (!zip.files[png]) continue;
      zip.file(png, rasterizeSvg(await entry.async('string')));
    }
  }
  stampDates(zip, facts.date);
  return zip.generateAsync(ZIP_OPTIONS);
}

/** A chart's embedded workbook: its own core properties and entry dates, fixed the same way. */
async function fixWorkbook(bytes: Uint8Array, facts: PackageFacts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) zip.file('docProps/core.xml', withDates(await core.async('string'), facts.date));
  stampDates(zip, facts.date);
  return zip.generateAsync(ZIP_OPTIONS);
}

/** JSZip stores entry times from the UTC fields, so the same date gives the same bytes in every time zone. */
function stampDates(zip: JSZip, date: Date): void {
  for (const entry of Object.values(zip.files)) entry.date = date;
}

function withDates(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
}

function coreProperties(xml: string, facts: PackageFacts): string {
  const extra = `${facts.keywords.length ? `<cp:keywords>${escapeXml(facts.keywords.join(', '))}</cp:keywords>` : ''}<dc:language>${escapeXml(facts.language)}</dc:language>`;
  return withDates(xml, facts.date).replace(/<\/cp:coreProperties>\s*$/, `${extra}</cp:coreProperties>`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
