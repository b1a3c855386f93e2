import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataTable } from '../data/table.js';
import { parseCsvData } from './parse-csv-data.js';
import { parseStructuredData } from './parse-structured-data.js';
import { DATA_EXTENSIONS, dataFileStem } from './data-file-name.js';

// The folder reader lives beside this file; callers import both from here.
export { loadDataFolder } from './load-data-folder.js';

/**
 * Parses one data file (format from the extension of `displayPath`). Pure: the caller
 * reads the file. A file that cannot be parsed still yields an `unreadable` table, so
 * references to it do not add a "file not found" error on top of the parse error.
 */
export function parseDataFile(text: string, displayPath: string): { table?: DataTable; diagnostics: Diagnostic[] } {
  const name = dataFileStem(displayPath);
  const ext = displayPath.slice(displayPath.lastIndexOf('.')).toLowerCase();
  let result: { table?: DataTable; diagnostics: Diagnostic[] };
  if (ext === '.csv') result = parseCsvData(text, name, displayPath);
  else if (ext === '.json') result = parseStructuredData(text, name, displayPath, true);
  else if (ext === '.yaml' || ext === '.yml') result = parseStructuredData(text, name, displayPath, false);
  else {
    return {
      diagnostics: [
        diagnose('DataParseError', { file: displayPath, line: 1, column: 1 }, {
          file: displayPath,
          detail: `"${ext}" is not a data format.`,
          fix: `Data files end in ${DATA_EXTENSIONS.join(', ')}.`,
        }),
      ],
    };
  }
  const table = result.table ?? { name, file: displayPath, kind: 'table' as const, columns: [], rows: [], unreadable: true as const };
  return { table, diagnostics: result.diagnostics };
}
