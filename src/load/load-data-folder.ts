import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataTable } from '../data/table.js';
import { dataFileStem, isDataFileName } from './data-file-name.js';
import { parseDataFile } from './parse-data-file.js';

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
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { tables, diagnostics };
    throw error;
  }
  const files = names
    .filter(isDataFileName)
    .sort();
  const texts = await Promise.all(files.map((n) => readFile(join(dir, n), 'utf8')));
  files.forEach((fileName, i) => {
    const displayPath = `${displayDir.replace(/\/$/, '')}/${fileName}`;
    const result = parseDataFile(texts[i] ?? '', displayPath);
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
