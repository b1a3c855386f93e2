import { relative, sep } from 'node:path';

/** Shows paths relative to where the user runs deckpress, as editors expect. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/') || '.';
}
