import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_HASH } from './content-hash.js';


/**
 * Reads the chart cache: one `<key>.svg` file per rendered chart (see chartKey).
 * A missing folder is an empty cache; unrelated files are ignored.
 */
export async function loadChartCache(dir: string): Promise<Map<string, string>> {
  const cache = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return cache;
    throw error;
  }
  const keys = names.filter((n) => n.endsWith('.svg')).map((n) => n.slice(0, -4)).filter((k) => CONTENT_HASH.test(k)).sort();
  const svgs = await Promise.all(keys.map((k) => readFile(join(dir, `${k}.svg`), 'utf8')));
  keys.forEach((k, i) => cache.set(k, svgs[i] ?? ''));
  return cache;
}
