import { basename, join } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataTable } from '../data/table.js';
import { dataFileStem, isDataFileName, isWorkbookName } from './data-file-name.js';
import { listFilesInside } from './inside-project.js';
import { parseDataFile } from './parse-data-file.js';
import { readText } from './read-text.js';
import { readWorkbook } from './read-workbook.js';
import { sheetTable } from './sheet-table.js';

/** A text data file gives one table; a workbook one per sheet. */
export interface ParsedDataFile {
  tables: DataTable[];
  diagnostics: Diagnostic[];
}

/** Reads and parses one data file; the dev server passes one that remembers unchanged files. */
export type DataFileReader = (path: string, display: string) => Promise<ParsedDataFile>;

/**
 * One data file from disk. As section files: BOM, lone CR, binary, non-UTF-8
 * and oversized files are handled (and reported) by readText. An unreadable
 * file still names a table, so references to it add no "not found" error.
 */
export const readDataFile: DataFileReader = async (path, display) => {
  if (isWorkbookName(path)) return readWorkbookTables(path, display);
  const read = await readText(path, display);
  if (read.text === undefined) return { tables: [unreadable(basename(path), display)], diagnostics: read.diagnostics };
  const parsed = parseDataFile(read.text, display);
  return { tables: parsed.table ? [parsed.table] : [], diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
};

/** Each sheet is a table `<name>#<Sheet>`; a workbook of one sheet is also `<name>`. */
async function readWorkbookTables(path: string, display: string): Promise<ParsedDataFile> {
  const read = await readWorkbook(path, display);
  if (!read.sheets) return { tables: [unreadable(basename(path), display)], diagnostics: read.diagnostics };
  const stem = dataFileStem(basename(path));
  const results = read.sheets.map((sheet) => sheetTable(sheet, stem, display));
  const tables = results.map((r) => r.table);
  if (tables.length === 1) tables.push({ ...tables[0]!, name: stem });
  return { tables, diagnostics: results.flatMap((r) => r.diagnostics) };
}

/**
 * Reads every data file directly in `dir` (a missing folder is simply no data).
 * `displayDir` prefixes paths in messages. Tables are keyed by file stem. A
 * symlinked data file is read when its target lies inside `roots` (default: the folder).
 */
export async function loadDataFolder(
  dir: string,
  displayDir: string,
  readFile: DataFileReader = readDataFile,
  roots: readonly string[] = [dir],
): Promise<{ tables: Map<string, DataTable>; diagnostics: Diagnostic[] }> {
  const tables = new Map<string, DataTable>();
  const display = (fileName: string) => `${displayDir.replace(/\/$/, '')}/${fileName}`;
  const { files: names, diagnostics } = await listFilesInside(dir, roots, display, false);
  const files = names
    .filter(isDataFileName)
    .sort();
  const parsed = await Promise.all(files.map((n) => readFile(join(dir, n), display(n))));
  files.forEach((fileName, i) => {
    const displayPath = display(fileName);
    const result = parsed[i]!;
    diagnostics.push(...result.diagnostics);
    for (const table of result.tables) {
      const other = tables.get(table.name);
      if (other) {
        diagnostics.push(diagnose('DuplicateDataFile', { file: displayPath, line: 1, column: 1 }, { name: table.name, files: `${other.file}, ${displayPath}` }));
        return;
      }
      tables.set(table.name, table);
    }
  });
  return { tables, diagnostics };
}

function unreadable(fileName: string, file: string): DataTable {
  return { name: dataFileStem(fileName), file, kind: 'table', columns: [], rows: [], unreadable: true };
}
