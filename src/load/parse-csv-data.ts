import { parse } from 'csv-parse/sync';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkWrittenCells } from '../data/check-written-cells.js';
import { buildTable, writtenCells, type RawRow } from '../data/infer-column-types.js';
import type { DataTable } from '../data/table.js';

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

interface CsvError {
  code?: string;
  message: string;
  lines?: number;
}

/**
 * CSV with a header row: quoted fields (commas, quotes, newlines inside), UTF-8 with
 * or without BOM, LF or CRLF. Each row keeps the line it starts on.
 */
export function parseCsvData(text: string, name: string, file: string): { table?: DataTable; diagnostics: Diagnostic[] } {
  // csv-parse miscounts lines across CRLF inside quoted fields; LF-only text counts right.
  const normalized = text.replace(/\r\n?/g, '\n');
  let records: CsvRecord[];
  try {
    records = parse(normalized, {
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as CsvError;
    const detail = e.message.replace(/^[^:]*: /, '');
    const fix = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'A field opened with " must end with ", and a " inside a quoted field is written "".' : undefined;
    return { diagnostics: [diagnose('DataParseError', { file, line: e.lines ?? 1, column: 1 }, { file, detail, ...(fix ? { fix } : {}) })] };
  }
  const diagnostics: Diagnostic[] = [];
  // A row of empty fields (",,,") is an empty row, as in the spreadsheet it was saved from.
  const [header, ...body] = records.filter((r) => r.record.some((field) => field.trim() !== ''));
  if (!header) {
    return { diagnostics: [diagnose('DataParseError', { file, line: 1, column: 1 }, { file, detail: 'the file is empty.', fix: 'Start the file with a header row naming the columns, e.g. year,revenue_usd.' })] };
  }
  const width = tableWidth(header, body);
  const columns = header.record.slice(0, width).map((c) => c.trim());
  const separator = columns.length === 1 ? otherSeparator(header, body[0]) : undefined;
  if (separator) {
    // Every row would be "too many fields" and every column unknown: one error says why instead.
    return {
      diagnostics: [diagnose('DataParseError', { file, line: startLine(header), column: ownText(header).indexOf(separator.char) + 1 }, {
        file,
        detail: `its header row is separated by ${separator.name} (${columns[0]}), and a CSV file is read with commas between fields.`,
        fix: 'Save it from the spreadsheet as "CSV UTF-8 (comma delimited)", or write commas between the fields, with a point as the decimal mark (1.5, not 1,5).',
      })],
    };
  }
  const headerProblem = checkHeader(columns);
  if (headerProblem) {
    return { diagnostics: [diagnose('DataParseError', { file, line: startLine(header), column: 1 }, { file, detail: headerProblem })] };
  }

  const rows: RawRow[] = [];
  for (const r of body) {
    const line = startLine(r);
    if (r.record.length > width && r.record.slice(width).every((field) => field.trim() === '')) r.record.length = width;
    if (r.record.length !== columns.length) {
      diagnostics.push(
        diagnose('DataParseError', { file, line, column: 1 }, {
          file,
          detail: `line ${line} has ${r.record.length} fields but the header has ${columns.length}.`,
          fix: 'Quote a field that contains a comma ("1,234" or "Smith, J."), and give every row one field per column.',
        }),
      );
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(columns.map((c, i) => [c, r.record[i]])), locate: (column) => cellPosition(r, line, columns.indexOf(column)) });
  }
  diagnostics.push(...checkWrittenCells(file, writtenCells(rows)));
  return { table: buildTable(name, file, columns, rows), diagnostics };
}

/** The line a record starts on: csv-parse reports where it ends, and raw text holds its newlines. */
function startLine(r: CsvRecord): number {
  const own = ownText(r).replace(/\n$/, '');
  return r.info.lines - (own.match(/\n/g)?.length ?? 0);
}

/** Where field `index` of a record starts: its fields are found in the raw text in order. */
function cellPosition(r: CsvRecord, line: number, index: number): { line: number; column: number } | undefined {
  const raw = ownText(r);
  let cursor = 0;
  for (let i = 0; i <= index; i++) {
    const found = raw.indexOf(r.record[i] ?? '', cursor);
    if (found < 0) return undefined;
    if (i === index) {
      const before = raw.slice(0, found);
      return { line: line + (before.match(/\n/g)?.length ?? 0), column: found - before.lastIndexOf('\n') };
    }
    cursor = found + (r.record[i] ?? '').length;
  }
  return undefined;
}

/**
 * The header's columns without the empty ones at its end that are empty in every row:
 * a spreadsheet saves "year,usd,," when cells past the table were ever formatted, and
 * a workbook's empty columns after the table are ignored too.
 */
function tableWidth(header: CsvRecord, body: readonly CsvRecord[]): number {
  let width = header.record.length;
  const empty = (r: CsvRecord, i: number) => (r.record[i] ?? '').trim() === '';
  while (width > 1 && empty(header, width - 1) && body.every((r) => empty(r, width - 1))) width--;
  return width;
}

/**
 * A header read as one column that has semicolons or tabs between its words, as the first
 * row has too: a file saved with another separator (a spreadsheet set to a European
 * locale writes "year;usd" and decimal commas). A quoted header is a name as written.
 */
function otherSeparator(header: CsvRecord, first: CsvRecord | undefined): { char: string; name: string } | undefined {
  const text = ownText(header);
  const row = first ? ownText(first) : '';
  if (text.includes('"') || row.includes('"')) return undefined;
  for (const [char, name] of [[';', 'semicolons'], ['\t', 'tabs']] as const) {
    if (text.includes(char) && (!first || row.includes(char))) return { char, name };
  }
  return undefined;
}

/** A record's text as written, without the blank lines csv-parse counts into it. */
function ownText(r: CsvRecord): string {
  return r.raw.replace(/^(?:[ \t]*\n)+/, '');
}

function checkHeader(columns: string[]): string | undefined {
  const blank = columns.findIndex((c) => c === '');
  if (blank >= 0) return `column ${blank + 1} of the header row has no name.`;
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) return `the header names column "${c}" twice.`;
    seen.add(c);
  }
  return undefined;
}
