import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The decks named on the command line (a deck's folder, or its deck.yaml as editors
 * and shells complete it); with none, every folder under ./decks that has a deck.yaml.
 */
export async function findDecks(named: readonly string[], root = 'decks'): Promise<string[]> {
  if (named.length > 0) return named.map((path) => (basename(path) === 'deck.yaml' ? dirname(path) : path));
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const decks: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(root, entry.name);
    if (await stat(join(dir, 'deck.yaml')).then(() => true, () => false)) decks.push(dir);
  }
  return decks;
}
