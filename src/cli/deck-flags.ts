import { findDecks } from '../load/find-decks.js';
import { UsageError } from './usage-error.js';

/** Flags of every command that writes decks. */
export const OUTPUT_FLAGS = {
  out: { type: 'string', default: 'dist' },
  variant: { type: 'string', multiple: true },
} as const;

/** Flags of the PDF export, shared by `pdf` and `build --pdf` (which runs `pdf`). */
export const PDF_FLAGS = {
  'browser-path': { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  png: { type: 'boolean', default: false },
} as const;

export const HELP_FLAG = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The decks named on the command line, else every deck under ./decks; none is a usage error. */
export async function decksToProcess(named: readonly string[]): Promise<string[]> {
  const decks = await findDecks(named);
  if (decks.length === 0) throw new UsageError('No deck given and no decks/<name>/deck.yaml found here.');
  return decks;
}
