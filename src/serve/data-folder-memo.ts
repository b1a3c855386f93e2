import { isInside } from '../load/is-inside.js';
import { loadDataFolder, readDataFile, type ParsedDataFile } from '../load/load-data-folder.js';
import type { LoadedData } from '../pipeline.js';

/**
 * Data folders kept in memory between rebuilds: each folder is listed again (a
 * file may have been added), but only files the watcher reported are read and
 * parsed again. Which slides an edited file makes stale the slide cache finds by
 * asking their data questions again (render/slide-cache.ts), not from this memo.
 */
export class DataFolderMemo {
  private readonly files = new Map<string, Promise<ParsedDataFile>>();

  readonly load = (dir: string, displayDir: string, roots?: readonly string[]): Promise<LoadedData> => loadDataFolder(dir, displayDir, this.read, roots);

  /** Forgets a changed file, or every file under a changed folder. */
  invalidate(path: string): void {
    for (const key of this.files.keys()) if (isInside(key, path, { orSame: true })) this.files.delete(key);
  }

  private readonly read = (path: string, display: string): Promise<ParsedDataFile> => {
    let result = this.files.get(path);
    if (!result) {
      result = readDataFile(path, display);
      this.files.set(path, result);
      // A failed read is not remembered: the next build tries again.
      result.catch(() => this.files.delete(path));
    }
    return result;
  };
}
