/**
 * `deckpress index DIST`: DIST/index.html listing every built deck and variant,
 * one self-contained page (its style inlined, relative links) that works from
 * file:// as well as from a static host such as GitHub Pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { diagnose, DiagnosticsError } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';
import { displayPath } from '../load/load-deck.js';
import { readBuiltDecks, type BuiltDeck } from './read-built-decks.js';
import { pathUrl } from '../render/decode-link.js';

export interface SiteIndexResult {
  path: string;
  decks: BuiltDeck[];
}

export async function writeSiteIndex(dist: string): Promise<SiteIndexResult> {
  const decks = await readBuiltDecks(dist);
  if (decks.length === 0) throw new DiagnosticsError([diagnose('IndexNoDecks', { file: displayPath(dist), line: 1, column: 1 }, { dir: displayPath(dist) })]);
  const dir = join(BUILTIN_TEMPLATES, 'site-index');
  const [page, style] = await Promise.all([readFile(join(dir, 'index.hbs'), 'utf8'), readFile(join(dir, 'index.css'), 'utf8')]);
  const slides = decks.flatMap((d) => d.builds).reduce((sum, b) => sum + b.slides, 0);
  const html = Handlebars.create().compile(page)({ style, decks: decks.map(withLinks), deckCount: decks.length, slides });
  const path = join(dist, 'index.html');
  await writeFileAtomic(path, html);
  return { path, decks };
}

/** Each path as a URL relative to the index: folder names may hold spaces, `#` or `?`. */
function withLinks(deck: BuiltDeck) {
  const href = (path: string | undefined) => (path === undefined ? undefined : pathUrl(path));
  return { ...deck, builds: deck.builds.map((b) => ({ ...b, href: { html: href(b.html), pdf: href(b.pdf), pptx: href(b.pptx) } })) };
}
