/**
 * Finds a sheet's header the way report workbooks lay it out. read-excel-file gives a
 * merged cell's value in its first cell and leaves the cells it covers empty, so:
 *
 *   title rows    rows above the table holding one cell ("Module prices, USD per watt",
 *                 often merged across the table) are skipped;
 *   group header  a header row whose merged cells span several columns, with the row
 *                 below naming each column, reads as one header: "Solar" over 2023 and
 *                 2024 gives "Solar 2023" and "Solar 2024"; a cell merged down both rows
 *                 ("country") names its column alone.
 *
 * Anything else is a one-row header; its empty cells are reported by the caller.
 */
export interface SheetHeader {
  /** 0-based index of the first header row and of the first data row. */
  row: number;
  dataRow: number;
  /** One name per column from A; undefined where the header cell is empty. */
  names: (string | undefined)[];
}

const HEADER_SEARCH_ROWS = 20;

export function findHeader(rows: readonly unknown[][]): SheetHeader | undefined {
  let row = rows.findIndex((r) => filledCount(r) > 0);
  if (row < 0) return undefined;
  // Titles sit just above the table: the rows after the first twenty tell nothing more.
  const widest = Math.max(...rows.slice(row, row + HEADER_SEARCH_ROWS).map(filledCount));
  while (filledCount(rows[row]!) === 1 && widest > 1) row = nextFilled(rows, row + 1);
  const top = rows[row]!;
  const below = rows[row + 1] ?? [];
  const width = Math.max(lastFilled(top), lastFilled(below)) + 1;
  const group = groupNames(top, below, width);
  if (group) return { row, dataRow: row + 2, names: group };
  return { row, dataRow: row + 1, names: Array.from({ length: lastFilled(top) + 1 }, (_, c) => text(top[c])) };
}

/** Names from a two-row group header, or undefined when the two rows do not have that shape. */
function groupNames(top: readonly unknown[], below: readonly unknown[], width: number): string[] | undefined {
  const names: string[] = [];
  let group: string | undefined;
  let sawGroup = false;
  for (let c = 0; c < width; c++) {
    const head = text(top[c]);
    const sub = text(below[c]);
    if (head !== undefined && sub === undefined) {
      // Merged down both rows: the column's own name.
      group = undefined;
      names.push(head);
    } else if (head !== undefined && sub !== undefined) {
      // The first column of a group must be followed by a cell the merge covers.
      if (text(top[c + 1]) !== undefined || text(below[c + 1]) === undefined) return undefined;
      group = head;
      sawGroup = true;
      names.push(`${head} ${sub}`);
    } else if (group !== undefined && sub !== undefined) {
      // A cell the group's merge covers.
      names.push(`${group} ${sub}`);
    } else return undefined;
  }
  return sawGroup ? names : undefined;
}

function text(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') return String(cell);
  const value = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  return value === '' ? undefined : value;
}

function filledCount(row: readonly unknown[]): number {
  return row.filter((c) => text(c) !== undefined).length;
}

function lastFilled(row: readonly unknown[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (text(row[c]) !== undefined) return c;
  return -1;
}

function nextFilled(rows: readonly unknown[][], from: number): number {
  for (let r = from; r < rows.length; r++) if (filledCount(rows[r]!) > 0) return r;
  return from - 1;
}
