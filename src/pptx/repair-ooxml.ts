/**
 * Repairs for OOXML that pptxgenjs 4.0.1 writes against the schema, which PowerPoint
 * answers with its repair prompt (LibreOffice is lenient, so tests alone would not
 * notice). Each fix is narrow and names the pptxgenjs report:
 * - a paragraph of several runs gets an <a:pPr> before every run, where CT_TextParagraph
 *   allows one, first (gitbrent/PptxGenJS#1083): later ones are dropped;
 * - a solid slide background has no <a:effectLst/> (gitbrent/PptxGenJS#1442): added.
 */
const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

export function repairSlideXml(xml: string): string {
  return xml
    .replace(PARAGRAPH, (whole, inner: string) => {
      let first = true;
      const kept = inner.replace(PARAGRAPH_PROPS, (props, offset: number) => {
        const keep = first && offset === 0;
        first = false;
        return keep ? props : '';
      });
      return kept === inner ? whole : `<a:p>${kept}</a:p>`;
    })
    .replace(/(<p:bgPr>(?:<a:solidFill>[\s\S]*?<\/a:solidFill>))(<\/p:bgPr>)/g, '$1<a:effectLst/>$2');
}

/** The parts that carry slide text: slides, layouts, masters, notes. */
export function isSlideXml(name: string): boolean {
  return /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name);
}
