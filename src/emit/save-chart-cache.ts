import { mkdir, rename, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_HASH } from '../charts/content-hash.js';

/**
 * Writes rendered charts into the cache folder, one `<key>.svg` per chart. Each file
 * is written to a temporary name and renamed, so a crash never leaves a half-written
 * entry that a later build would trust. Entries already on disk are skipped: a key
 * names its content. Nothing is pruned.
 */
export async function saveChartCache(dir: string, entries: ReadonlyMap<string, string>): Promise<void> {
  if (entries.size === 0) return;
  await mkdir(dir, { recursive: true });
  await Promise.all(
    [...entries].map(async ([key, svg]) => {
      if (!CONTENT_HASH.test(key)) throw new Error(`Not a chart cache key: "${key}"`);
      const file = join(dir, `${key}.svg`);
      if (await exists(file)) return;
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, svg, 'utf8');
      await rename(temp, file);
    }),
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
