import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { checkInside } from '../load/inside-project.js';
import type { Slide } from '../model/types.js';
import { deckFileLink, linkedAsset } from '../render/deck-file-link.js';
import type { WrittenTarget } from '../render/markdown.js';
import type { ValidDeck } from '../validate/validate-deck.js';
import { writtenTargets } from './check-slide-targets.js';

/**
 * The files of the deck that slides link to (`[the data](data/revenue.csv)`), to be
 * published with it, as POSIX paths in the deck folder (a file of assets/ is published
 * already, with the images, so it is not listed). A link to a file that does not
 * exist, or that leads outside the deck folder (`../secret.txt`, `/etc/passwd`, or a
 * symlink whose target is outside), is an error at the link; such a file is never read.
 */
export async function checkLinkedFiles(deck: ValidDeck, slides: readonly { slide: Slide; targets: readonly WrittenTarget[] }[]): Promise<{ files: Set<string>; diagnostics: Diagnostic[] }> {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  // Each path is looked at once, however many slides link to it.
  const verdicts = new Map<string, Promise<'file' | 'missing' | 'outside'>>();
  for (const { written, at } of writtenTargets(slides, ['file'])) {
    const link = deckFileLink(written.target, deck.name);
    if (!link) continue;
    if ('outside' in link) {
      diagnostics.push(diagnose('LinkOutsideDeck', at(), { path: link.outside }));
      continue;
    }
    // A file of assets/ is published with the images already, by the rule images follow.
    const asset = linkedAsset(link.path);
    if (asset !== undefined && deck.assets.has(asset)) continue;
    if (!verdicts.has(link.path)) verdicts.set(link.path, asset === undefined ? fileVerdict(deck.dir, link.path) : Promise.resolve('missing'));
    const verdict = await verdicts.get(link.path)!;
    if (verdict === 'file') files.add(link.path);
    else if (verdict === 'outside') diagnostics.push(diagnose('LinkOutsideDeck', at(), { path: link.path }));
    else diagnostics.push(diagnose('LinkedFileNotFound', at(), { path: link.path, suggestion: closest(link.path, [...deck.assets].map((a) => `assets/${a}`)) }));
  }
  return { files, diagnostics };
}

/** Whether a path in the deck folder is a file of it; its symlinks are resolved before anything is read. */
async function fileVerdict(deckDir: string, path: string): Promise<'file' | 'missing' | 'outside'> {
  const full = join(deckDir, path);
  if (await checkInside(full, [deckDir], { file: full, line: 1, column: 1 })) return 'outside';
  return (await stat(full).catch(() => undefined))?.isFile() ? 'file' : 'missing';
}
