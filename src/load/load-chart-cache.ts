import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const ENTRY = /^([0-9a-f]{64})\.svg$/;

/**
 * Reads the chart cache: one `<sha256>.svg` file per rendered chart (see chartKey).
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
  const keys = names.map((n) => ENTRY.exec(n)?.[1]).filter((k): k is string => k !== undefined).sort();
  const svgs = await Promise.all(keys.map((k) => readFile(join(dir, `${k}.svg`), 'utf8')));
  keys.forEach((k, i) => cache.set(k, svgs[i] ?? ''));
  return cache;
}
