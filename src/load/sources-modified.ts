import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './load-deck.js';

/**
 * When a deck's sources last changed: the newest modification time of deck.yaml,
 * its sections and data. A PDF of a deck without a `date` takes this as its
 * creation date, so it stays the same until a source does.
 */
export async function sourcesModified(deckDir: string): Promise<Date> {
  const files = ['deck.yaml', ...(await listFiles(join(deckDir, 'sections'))).map((f) => `sections/${f}`), ...(await listFiles(join(deckDir, 'data'))).map((f) => `data/${f}`)];
  const times = await Promise.all(files.map((f) => stat(join(deckDir, f)).then((s) => s.mtimeMs, () => 0)));
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000);
}
