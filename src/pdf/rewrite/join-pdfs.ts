/**
 * Joins the PDFs Chrome printed for the parts of one print document (see
 * ../print-chunks.ts) into one PDF laid out as Chrome lays out its own (objects,
 * then a classic xref table), which rewrite-pdf.ts then post-processes as if
 * Chrome had printed the whole document at once:
 * - each chunk's objects keep their order, moved past the previous chunk's
 *   numbers (its fonts, images and pages stay its own: a font subset per chunk);
 * - one page tree over the chunks' page trees, in chunk order;
 * - one catalog (the first chunk's) whose named destinations are all chunks';
 * - links to a page of another chunk, which the part's document has as
 *   `x-deckpress-page:<page index>` URIs (render/print-chunks.ts), become
 *   destinations of that page;
 * - the first chunk's Info (the rewriter sets its entries); the others' go.
 */
import { PAGE_LINK_SCHEME } from '../../render/print-chunks.js';
import { readPages, type PageRef } from './page-tree.js';
import { readDict, refNumber, writeDict, type DictEntries } from './pdf-lexer.js';
import { shiftRefs } from './shift-refs.js';
import { objectDict, readSourcePdf, resolved, type SourcePdf } from './source-pdf.js';
import { UnsupportedPdf } from './unsupported.js';

// The action Chrome writes for such a link; a marker left after the replacement is an error, never a dead link.
const WS = '[\\0\\t\\n\\f\\r ]*';
const PAGE_LINK = new RegExp(`/A${WS}<<${WS}/Type${WS}/Action${WS}/S${WS}/URI${WS}/URI${WS}\\(${PAGE_LINK_SCHEME}(\\d+)\\)${WS}>>`, 'g');

/** Catalog entries a chunk may have: Chrome's for an untagged print. Anything else would be lost in a join. */
const CATALOG_KEYS = new Set(['Type', 'Pages', 'Dests', 'ViewerPreferences']);

interface Part {
  pdf: SourcePdf;
  /** Added to each of the chunk's object numbers. */
  shift: number;
  /** The chunk's page tree root (its own number). */
  pagesRoot: number;
  /** Its pages, numbered as in the joined file. */
  pages: PageRef[];
  catalog: DictEntries;
  info: number | undefined;
  /** Its named destinations, numbered as in the joined file. */
  dests: DictEntries;
  /** Objects not carried over: the catalog, the Dests dictionary, the Info of all but the first chunk. */
  dropped: Set<number>;
}

export function joinChromePdfs(inputs: Uint8Array[]): Buffer {
  if (inputs.length === 0) throw new UnsupportedPdf('no chunk PDFs to join');
  let shift = 0;
  const parts = inputs.map((input, i) => {
    const part = readPart(readSourcePdf(input), shift, i === 0);
    shift += part.pdf.objects.length;
    return part;
  });
  const pages = parts.flatMap((part) => part.pages);
  const [pagesNum, catalogNum, destsNum] = [shift, shift + 1, shift + 2];
  // Slide ids are unique in a deck, so a name is in one chunk only; the first would win anyway.
  const dests: DictEntries = new Map();
  for (const part of parts) for (const [name, dest] of part.dests) if (!dests.has(name)) dests.set(name, dest);

  const out = new ClassicPdf(parts[0]!.pdf.text);
  const tags = new SubsetTags();
  for (const part of parts) {
    const retag = tags.forPart();
    for (const object of part.pdf.objects) {
      if (!object || part.dropped.has(object.num)) continue;
      const num = object.num + part.shift;
      const value = retag(shiftRefs(part.pdf.text.slice(object.valueStart, object.valueEnd), part.shift));
      if (object.stream) out.stream(num, value, part.pdf.buf.subarray(object.stream.data, object.stream.dataEnd));
      else if (object.num === part.pagesRoot) out.object(num, writeDict(new Map([...readDict(value), ['Parent', `${pagesNum} 0 R`]])));
      else out.object(num, value.includes(PAGE_LINK_SCHEME) ? pageLinks(value, pages) : value);
    }
  }
  const kids = parts.map((part) => `${part.pagesRoot + part.shift} 0 R`).join(' ');
  out.object(pagesNum, `<</Type /Pages\n/Count ${pages.length}\n/Kids [${kids}]>>`);
  const catalog = new Map(parts[0]!.catalog);
  catalog.set('Pages', `${pagesNum} 0 R`);
  if (dests.size) catalog.set('Dests', `${destsNum} 0 R`);
  out.object(catalogNum, writeDict(catalog));
  if (dests.size) out.object(destsNum, writeDict(dests));
  const info = parts[0]!.info;
  return out.end(`/Root ${catalogNum} 0 R${info === undefined ? '' : `\n/Info ${info} 0 R`}`);
}

function readPart(pdf: SourcePdf, shift: number, first: boolean): Part {
  const root = refNumber(pdf.trailer.get('Root'));
  if (root === undefined) throw new UnsupportedPdf('the trailer has no /Root reference');
  const catalog = objectDict(pdf, root);
  for (const key of catalog.keys()) if (!CATALOG_KEYS.has(key)) throw new UnsupportedPdf(`a chunk's catalog has /${key}, which a join would lose`);
  const pagesRoot = refNumber(catalog.get('Pages'));
  if (pagesRoot === undefined) throw new UnsupportedPdf('the catalog has no /Pages reference');
  const pages = readPages(pdf, pagesRoot).map((page) => ({ ...page, num: page.num + shift }));
  const info = refNumber(pdf.trailer.get('Info'));
  const destsRef = refNumber(catalog.get('Dests'));
  const destsText = resolved(pdf, catalog.get('Dests'));
  const dropped = new Set([root]);
  if (destsRef !== undefined) dropped.add(destsRef);
  if (!first && info !== undefined) dropped.add(info);
  return {
    pdf,
    shift,
    pagesRoot,
    pages,
    catalog,
    info: info === undefined ? undefined : info + shift,
    dests: destsText === undefined ? new Map() : readDict(shiftRefs(destsText, shift)),
    dropped,
  };
}

/** `valueText` of an annotation whose link points at another chunk's page, with a destination of that page instead. */
function pageLinks(value: string, pages: PageRef[]): string {
  const linked = value.replace(PAGE_LINK, (_, index: string) => {
    const page = pages[Number(index)];
    if (!page) throw new UnsupportedPdf(`a link points at page ${index} of a ${pages.length}-page document`);
    return `/Dest [${page.num} 0 R /XYZ 0 ${page.top} 0]`;
  });
  if (linked.includes(PAGE_LINK_SCHEME)) throw new UnsupportedPdf(`a link to another chunk's page is not written as expected: ${value.slice(0, 200)}`);
  return linked;
}

// A font's name with a subset tag (§9.6.4), as the font and its descriptor name it.
const SUBSET_NAME = /(\/(?:BaseFont|FontName)[\0\t\n\f\r ]*\/)([A-Z]{6})\+/g;

/**
 * Each part embeds its own subsets of the deck's fonts, and Chrome tags them
 * AAAAAA+, BAAAAA+… in every part; different subsets in one file must have
 * different tags (§9.6.4), so a later part's tags are renamed to unused ones.
 */
class SubsetTags {
  private readonly used = new Set<string>();
  private counter = 0;
  private parts = 0;

  /** Renames the next part's tags (the first part's stay as Chrome wrote them). */
  forPart(): (value: string) => string {
    const renamed = new Map<string, string>();
    const first = this.parts++ === 0;
    return (value) =>
      value.replace(SUBSET_NAME, (_, name: string, tag: string) => {
        if (first) {
          this.used.add(tag);
          return `${name}${tag}+`;
        }
        let to = renamed.get(tag);
        if (to === undefined) {
          do to = letters(this.counter++);
          while (this.used.has(to));
          this.used.add(to);
          renamed.set(tag, to);
        }
        return `${name}${to}+`;
      });
  }
}

/** Six capital letters for `n`, the first letter the lowest digit, as Chrome counts its tags. */
function letters(n: number): string {
  let tag = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(65 + (n % 26));
  return tag;
}

/** A PDF written as Chrome writes one: numbered objects in the given order, then a classic xref table and trailer. */
class ClassicPdf {
  private readonly parts: Buffer[] = [];
  private length = 0;
  private readonly offsets: number[] = [];

  constructor(firstSource: string) {
    this.push(Buffer.from(`${/^%PDF-\d\.\d/.exec(firstSource)?.[0] ?? '%PDF-1.7'}\n%\xe2\xe3\xcf\xd3\n`, 'latin1'));
  }

  object(num: number, value: string): void {
    this.offsets[num] = this.length;
    this.push(Buffer.from(`${num} 0 obj\n${value}\nendobj\n`, 'latin1'));
  }

  stream(num: number, dict: string, data: Buffer): void {
    this.offsets[num] = this.length;
    this.push(Buffer.from(`${num} 0 obj\n${dict}\nstream\n`, 'latin1'));
    this.push(data);
    this.push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** `trailer`: the trailer's entries besides /Size. */
  end(trailer: string): Buffer {
    const xrefAt = this.length;
    const size = this.offsets.length;
    const rows = Array.from({ length: size }, (_, n) => {
      const offset = this.offsets[n];
      return offset === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f \n` : `${String(offset).padStart(10, '0')} 00000 n \n`;
    });
    this.push(Buffer.from(`xref\n0 ${size}\n${rows.join('')}trailer\n<</Size ${size}\n${trailer}>>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(this.parts, this.length);
  }

  private push(part: Buffer): void {
    this.parts.push(part);
    this.length += part.length;
  }
}
