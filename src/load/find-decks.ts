import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** With no deck named on the command line: every folder under ./decks that has a deck.yaml. */
export async function findDecks(named: readonly string[], root = 'decks'): Promise<string[]> {
  if (named.length > 0) return [...named];
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const decks: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(root, entry.name);
    if (await stat(join(dir, 'deck.yaml')).then(() => true, () => false)) decks.push(dir);
  }
  return decks;
}
