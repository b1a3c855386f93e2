import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataTable } from '../data/table.js';
import { dataFileStem, isDataFileName } from './data-file-name.js';
import { parseDataFile } from './parse-data-file.js';
import { readText } from './read-text.js';

/**
 * Reads every data file directly in `dir` (a missing folder is simply no data).
 * `displayDir` prefixes paths in messages. Tables are keyed by file stem.
 */
export async function loadDataFolder(
  dir: string,
  displayDir: string,
): Promise<{ tables: Map<string, DataTable>; diagnostics: Diagnostic[] }> {
  const tables = new Map<string, DataTable>();
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    // No folder (or a file where a folder was named) is simply no data.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return { tables, diagnostics };
    throw error;
  }
  const files = names
    .filter(isDataFileName)
    .sort();
  const display = (fileName: string) => `${displayDir.replace(/\/$/, '')}/${fileName}`;
  // As section files: BOM, lone CR, binary, non-UTF-8 and oversized files are handled (and reported) by readText.
  const texts = await Promise.all(files.map((n) => readText(join(dir, n), display(n))));
  files.forEach((fileName, i) => {
    const displayPath = display(fileName);
    const read = texts[i]!;
    diagnostics.push(...read.diagnostics);
    // An unreadable file still names a table, so references to it add no "not found" error.
    const result = read.text === undefined ? { table: unreadable(fileName, displayPath), diagnostics: [] } : parseDataFile(read.text, displayPath);
    diagnostics.push(...result.diagnostics);
    if (!result.table) return;
    const other = tables.get(result.table.name);
    if (other) {
      const name = dataFileStem(fileName);
      diagnostics.push(diagnose('DuplicateDataFile', { file: displayPath, line: 1, column: 1 }, { name, files: `${other.file}, ${displayPath}` }));
      return;
    }
    tables.set(result.table.name, result.table);
  });
  return { tables, diagnostics };
}

function unreadable(fileName: string, file: string): DataTable {
  return { name: dataFileStem(fileName), file, kind: 'table', columns: [], rows: [], unreadable: true };
}
