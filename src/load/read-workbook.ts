import { readFile, stat } from 'node:fs/promises';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findErrorCells, mayHideErrors, type ErrorCell } from './workbook-error-cells.js';

/**
 * One sheet as read-excel-file gives it: rows from A1, cells number, string, boolean, Date or null;
 * with the cells holding a formula error (#DIV/0!, …), which it reads as null.
 */
export interface RawSheet {
  name: string;
  rows: unknown[][];
  errors?: ErrorCell[];
}

/** A workbook past this size is a database export, not a report's figures (100,000 rows is ~3 MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Encrypted .xlsx files and old .xls files are both OLE compound files.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted OOXML file keeps its key in a stream named EncryptionInfo (names are UTF-16LE).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Reads every sheet of an .xlsx workbook. Formulas give their cached values (what the
 * spreadsheet program last computed), a failed formula its error; empty trailing rows and columns are dropped.
 * read-excel-file is imported here, on first use, so decks without workbooks never load it.
 * A file that is not a readable .xlsx is a DataParseError saying which case it is.
 */
export async function readWorkbook(path: string, display: string): Promise<{ sheets?: RawSheet[]; diagnostics: Diagnostic[] }> {
  const problem = (detail: string, fix: string) => ({ diagnostics: [diagnose('DataParseError', { file: display, line: 1, column: 1 }, { file: display, detail, fix })] });
  const size = (await stat(path)).size;
  if (size > MAX_WORKBOOK_BYTES) return { diagnostics: [diagnose('FileTooLarge', { file: display, line: 1, column: 1 }, { size, limit: MAX_WORKBOOK_BYTES })] };
  const bytes = await readFile(path);
  if (bytes.length === 0) return problem('the file is empty.', 'Save the workbook again from the spreadsheet program.');
  if (startsWith(bytes, OLE)) {
    return bytes.includes(ENCRYPTION_INFO)
      ? problem('the workbook is password-protected.', 'Save a copy without a password (in Excel: File › Info › Protect Workbook › Encrypt with Password, and clear it).')
      : problem('this is an old binary .xls workbook, not .xlsx.', 'Open it and save it as "Excel Workbook (.xlsx)".');
  }
  if (!startsWith(bytes, ZIP)) return problem('this is not an .xlsx workbook (an .xlsx file is a ZIP archive).', 'Data files ending in .xlsx are Excel workbooks; save CSV as .csv.');
  // The in-memory build (fflate) is lighter to load than the stream-based Node one, and the bytes are read already.
  const { default: readExcelFile } = await import('read-excel-file/universal');
  try {
    const sheets = await readExcelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const rows = new Map(sheets.map((s) => [s.sheet, s.data as unknown[][]]));
    const errors = await findErrorCells(bytes, (sheet, dimension) => mayHideErrors(rows.get(sheet) ?? [], dimension));
    return { sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][], errors: errors.get(s.sheet) ?? [] })), diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 160) : String(error);
    return problem(`the workbook is damaged (${reason}).`, 'Open it in the spreadsheet program and save it again; a file cut short by a copy or a download cannot be read.');
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
