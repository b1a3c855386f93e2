/**
 * The document's pages in order, found by walking /Pages → /Kids (§7.7.3): the
 * outline's destinations name page objects, and the count is checked against
 * the deck's. MediaBox is inheritable, so it is carried down the tree.
 */
import { refNumber } from './pdf-lexer.js';
import { objectDict, resolved, type SourcePdf } from './source-pdf.js';
import { UnsupportedPdf } from './unsupported.js';

export interface PageRef {
  num: number;
  /** The page's top edge (MediaBox upper y): an outline destination shows the page from there. */
  top: string;
}

// Far deeper than any writer builds a page tree; a deeper one is a loop or an attack.
const MAX_DEPTH = 32;

export function readPages(pdf: SourcePdf, pagesNum: number): PageRef[] {
  const pages: PageRef[] = [];
  const seen = new Set<number>();
  const walk = (num: number, inheritedBox: string | undefined, depth: number): void => {
    if (seen.has(num) || depth > MAX_DEPTH) throw new UnsupportedPdf(`the page tree loops or is too deep at object ${num}`);
    seen.add(num);
    const dict = objectDict(pdf, num);
    const box = dict.has('MediaBox') ? resolved(pdf, dict.get('MediaBox')) : inheritedBox;
    const type = dict.get('Type');
    if (type === '/Page') {
      pages.push({ num, top: mediaBoxTop(box, num) });
    } else if (type === '/Pages') {
      for (const kid of refs(resolved(pdf, dict.get('Kids')), num)) walk(kid, box, depth + 1);
    } else {
      throw new UnsupportedPdf(`object ${num} in the page tree is neither /Page nor /Pages`);
    }
  };
  walk(pagesNum, undefined, 0);
  return pages;
}

/** `[12 0 R 15 0 R]` → [12, 15]; anything but references is refused. */
function refs(array: string | undefined, num: number): number[] {
  const inner = array?.startsWith('[') && array.endsWith(']') ? array.slice(1, -1).trim() : undefined;
  if (inner === undefined) throw new UnsupportedPdf(`the /Kids of object ${num} is not an array`);
  if (inner === '') return [];
  return inner.split(/(?<=R)\s*/).map((ref) => {
    const kid = refNumber(ref.trim());
    if (kid === undefined) throw new UnsupportedPdf(`the /Kids of object ${num} holds ${ref}`);
    return kid;
  });
}

function mediaBoxTop(box: string | undefined, num: number): string {
  const numbers = box?.startsWith('[') && box.endsWith(']') ? box.slice(1, -1).trim().split(/\s+/) : [];
  const top = numbers[3];
  if (numbers.length !== 4 || !numbers.every((n) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(n)) || top === undefined) {
    throw new UnsupportedPdf(`page object ${num} has no usable /MediaBox`);
  }
  return top;
}
