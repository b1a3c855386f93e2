import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { DataTable } from '../data/table.js';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { dataFileStem, isDataFileName } from '../load/data-file-name.js';
import { parseDataFile } from '../load/parse-data-file.js';
import type { LoadedData } from '../pipeline.js';

type ParsedFile = { table?: DataTable; diagnostics: Diagnostic[] };

/**
 * Data folders kept in memory between rebuilds: each folder is listed again (a
 * file may have been added), but only files the watcher reported are parsed
 * again. An unchanged file keeps its table object, which is how the slide cache
 * knows the slides reading it need no new render. Same result as loadDataFolder.
 */
export class DataFolderMemo {
  private readonly files = new Map<string, ParsedFile>();

  readonly load = async (dir: string, displayDir: string): Promise<LoadedData> => {
    const tables = new Map<string, DataTable>();
    const diagnostics: Diagnostic[] = [];
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { tables, diagnostics };
      throw error;
    }
    const files = names.filter(isDataFileName).sort();
    const displays = files.map((name) => `${displayDir.replace(/\/$/, '')}/${name}`);
    const parsed = await Promise.all(files.map((name, i) => this.parse(join(dir, name), displays[i]!)));
    files.forEach((fileName, i) => {
      const [result, displayPath] = [parsed[i]!, displays[i]!];
      diagnostics.push(...result.diagnostics);
      if (!result.table) return;
      const other = tables.get(result.table.name);
      if (other) {
        const at = { file: displayPath, line: 1, column: 1 };
        diagnostics.push(diagnose('DuplicateDataFile', at, { name: dataFileStem(fileName), files: `${other.file}, ${displayPath}` }));
        return;
      }
      tables.set(result.table.name, result.table);
    });
    return { tables, diagnostics };
  };

  /** Forgets a changed file, or every file under a changed folder. */
  invalidate(path: string): void {
    for (const key of this.files.keys()) if (key === path || key.startsWith(path + sep)) this.files.delete(key);
  }

  private async parse(path: string, display: string): Promise<ParsedFile> {
    let result = this.files.get(path);
    if (!result) {
      result = parseDataFile(await readFile(path, 'utf8'), display);
      this.files.set(path, result);
    }
    return result;
  }
}
