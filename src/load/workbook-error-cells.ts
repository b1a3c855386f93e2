import { readZipEntries } from './zip-entries.js';

/** A cell whose formula failed (#DIV/0!, #N/A, …): 0-based row and column, from A1, and the error as shown. */
export interface ErrorCell {
  row: number;
  column: number;
  error: string;
}

// The fixed paths read-excel-file reads too, so both readers see the same sheets.
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELATIONS = 'xl/_rels/workbook.xml.rels';
// A cell of type "e" holds a formula error as its cached value; Excel and Calc write the attribute this way.
const ERROR_TYPE = Buffer.from(' t="e"');
const CELL_END = Buffer.from('</c>');

/**
 * Whether a sheet's XML must be searched: read-excel-file reads a formula error as an
 * empty cell, and drops rows left empty at the end, so an error can hide only where
 * it gave an empty cell, or in rows past the last one it kept (the sheet's
 * `<dimension>` names more rows than it returned).
 */
export type NeedsSearch = (sheet: string, dimension: SheetDimension | undefined) => boolean;

/** The rows and columns a sheet's `<dimension ref="A1:F120">` says it uses, from A1. */
export interface SheetDimension {
  rows: number;
  columns: number;
}

/**
 * The NeedsSearch rule for one sheet as read-excel-file returned it: an empty cell,
 * or rows or columns past those it kept (it drops trailing ones that read as empty),
 * or no dimension to tell.
 */
export function mayHideErrors(rows: readonly (readonly unknown[])[], dimension: SheetDimension | undefined): boolean {
  if (dimension === undefined || dimension.rows > rows.length) return true;
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return dimension.columns > width || rows.some((row) => row.length < width || row.some((cell) => cell === null || cell === undefined));
}

/**
 * The error cells of the sheets `needsSearch` picks, by sheet name. The search is a
 * byte search over the sheet's XML, decompressed by zlib off the main thread: a sheet
 * without errors costs no XML parsing, and a sheet where none can hide (no empty cell,
 * no dropped row: most sheets of figures) is not decompressed a second time at all.
 */
export async function findErrorCells(bytes: Buffer, needsSearch: NeedsSearch = () => true): Promise<Map<string, ErrorCell[]>> {
  const heads = await readZipEntries(bytes, (name) => name === WORKBOOK || name === WORKBOOK_RELATIONS || name.startsWith('xl/worksheets/'), { headOnly: (name) => name.startsWith('xl/worksheets/') });
  const sheetPaths = sheetPathsByName(heads.get(WORKBOOK)?.toString('utf8') ?? '', heads.get(WORKBOOK_RELATIONS)?.toString('utf8') ?? '');
  const searched = [...sheetPaths].filter(([name, path]) => needsSearch(name, dimensionOf(heads.get(path))));
  const wanted = new Set(searched.map(([, path]) => path));
  const parts = wanted.size > 0 ? await readZipEntries(bytes, (name) => wanted.has(name)) : new Map<string, Buffer>();
  const found = new Map<string, ErrorCell[]>();
  for (const [name, path] of searched) {
    const xml = parts.get(path);
    const cells = xml ? errorCells(xml) : [];
    if (cells.length > 0) found.set(name, cells);
  }
  return found;
}

/**
 * A sheet's `<dimension ref="A1:F120">`, written near the top of its XML. A single
 * cell ("A1", what some writers leave whatever the sheet holds) tells nothing.
 */
function dimensionOf(head: Buffer | undefined): SheetDimension | undefined {
  const ref = head && /<dimension\s[^>]*ref="[A-Z]+\d+:([A-Z]+\d+)"/.exec(head.toString('utf8'))?.[1];
  const last = ref ? cellPlace(ref) : undefined;
  return last && { rows: last.row + 1, columns: last.column + 1 };
}

/** Sheet name → its part ("xl/worksheets/sheet1.xml"), through the workbook's relationships. */
function sheetPathsByName(workbook: string, relations: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relations.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    // The relationship id's prefix is whatever the file declared for its namespace (usually r:).
    const path = targets.get(/\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '');
    if (name !== undefined && path !== undefined) paths.set(name, path);
  }
  return paths;
}

function errorCells(xml: Buffer): ErrorCell[] {
  const cells: ErrorCell[] = [];
  for (let at = xml.indexOf(ERROR_TYPE); at >= 0; at = xml.indexOf(ERROR_TYPE, at + ERROR_TYPE.length)) {
    const open = xml.lastIndexOf('<', at);
    const close = xml.indexOf('>', at);
    const tag = xml.toString('utf8', open, close + 1);
    // Only a cell's own type: the same bytes could sit in another element or in text.
    if (!/^<c\s/.test(tag) || tag.endsWith('/>')) continue;
    const end = xml.indexOf(CELL_END, close);
    const value = /<v>([^<]*)<\/v>/.exec(xml.toString('utf8', close + 1, end < 0 ? close + 1 : end))?.[1];
    const reference = attribute(tag, 'r');
    const place = reference === undefined ? placeWithoutReference(xml, open) : cellPlace(reference);
    if (value !== undefined && place) cells.push({ ...place, error: unescapeXml(value) });
  }
  return cells;
}

/** "C4" → row 3, column 2 (0-based). */
function cellPlace(reference: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(reference);
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** A cell may leave out its reference (r): it then follows the cell before it in its row. */
function placeWithoutReference(xml: Buffer, open: number): { row: number; column: number } | undefined {
  const start = xml.lastIndexOf('<row', open);
  const row = Number(attribute(xml.toString('utf8', start, xml.indexOf('>', start) + 1), 'r'));
  if (start < 0 || !Number.isInteger(row)) return undefined;
  return { row: row - 1, column: xml.toString('utf8', start, open).match(/<c[\s>]/g)?.length ?? 0 };
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return value ? unescapeXml(value[1] ?? value[2]!) : undefined;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (named[name!] ?? whole),
  );
}
