import { basename, dirname, resolve } from 'node:path';

/**
 * A project is the folder holding decks/ (with templates/ and the chart cache
 * beside it); for a deck outside such a layout, the working directory.
 */
export function projectRoot(deckDir: string): string {
  const parent = dirname(resolve(deckDir));
  return basename(parent) === 'decks' ? dirname(parent) : resolve('.');
}
