/**
 * Small real decks on disk for tests: write a few files into a fresh temporary
 * folder, get its path back, remove it when done.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh empty folder under the system temp dir. */
export function makeTmpDir(prefix = 'deckpress-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `dir`, creating folders as needed. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** A deck folder `<fresh tmp>/<name>/` holding `files`; a minimal deck.yaml is added unless given. */
export async function writeTmpDeck(files: Record<string, string | Uint8Array>, name = 'deck'): Promise<string> {
  const dir = join(await makeTmpDir(), name);
  await writeFiles(dir, { 'deck.yaml': 'title: Test deck\n', ...files });
  return dir;
}

/** Removes a deck made by writeTmpDeck, with the temporary folder around it. */
export function removeTmpDeck(deckDir: string): Promise<void> {
  return rm(dirname(deckDir), { recursive: true, force: true });
}
