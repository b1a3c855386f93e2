/**
 * The output folder is swapped in whole, so one that is, contains or sits inside
 * a deck or the project's templates/ would delete them. Refused before anything
 * is compiled or written.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { projectRoot, projectTemplatesDir } from '../load/load-templates.js';
import { outputOverlapsSource } from './output-error.js';
import { displayPath } from '../load/display-path.js';
import { isInside } from '../load/is-inside.js';

/** Throws OutputOverlapsSource when `<outDir>/<deck>/` overlaps a deck folder or templates/. */
export function checkOutDir(outDir: string, deckDirs: readonly string[]): void {
  const sources = new Set<string>();
  for (const deckDir of deckDirs) {
    sources.add(realPath(deckDir));
    sources.add(realPath(projectTemplatesDir(deckDir)));
    for (const sibling of projectDecks(deckDir)) sources.add(sibling);
  }
  for (const deckDir of deckDirs) {
    const out = realPath(join(outDir, basename(resolve(deckDir))));
    for (const source of sources) {
      const what = out === source ? 'is' : isInside(out, source, BELOW) ? 'is inside' : isInside(source, out, BELOW) ? 'contains' : undefined;
      if (what) throw outputOverlapsSource({ out: displayPath(out), what: `${what} the ${isTemplates(source, deckDir) ? 'templates folder' : 'deck folder'}`, source: displayPath(source) });
    }
  }
}

function isTemplates(source: string, deckDir: string): boolean {
  return source === realPath(projectTemplatesDir(deckDir));
}

/** Every folder of the project's decks/ that holds a deck.yaml. */
function projectDecks(deckDir: string): string[] {
  const decks = join(projectRoot(deckDir), 'decks');
  const entries = existsSync(decks) ? readdirSync(decks, { withFileTypes: true }) : [];
  return entries.filter((e) => e.isDirectory() && existsSync(join(decks, e.name, 'deck.yaml'))).map((e) => realPath(join(decks, e.name)));
}

/** The same folder is told apart first ('is'). */
const BELOW = { orSame: false };

/** The absolute path with symlinks of its existing part resolved, so no spelling slips past. */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync.native(existing), relative(existing, absolute));
}
