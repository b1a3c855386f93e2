/**
 * Links from a .pptx to files of the deck (`[the data](data/revenue.csv)`), as the
 * HTML deck and the PDF have them. The slide Markdown is parsed by the render's
 * markdown-it, which already points such a link at the file's copy in the built
 * deck (`assets/files/data/revenue.csv`, an asset's `assets/media/…`; see
 * render/deck-file-link.ts): a URL relative to the deck's output folder, where the
 * .pptx is written too, so it is the hyperlink as it is. The HTML build publishes
 * those copies; the export publishes the ones its links name as well, so
 * `deckpress pptx` alone leaves no link pointing at nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { publishedPath, publishedSource } from '../render/deck-file-link.js';

export interface DeckFiles {
  /** The deck folder. */
  dir: string;
  /** Files of the deck's assets/ folder (POSIX paths relative to it). */
  assets: ReadonlySet<string>;
  /** Other files of the deck that slides link to, as the compile checked them (inside the deck, existing). */
  linkedFiles: ReadonlySet<string>;
}

export interface FileLinks {
  /** True when `href` (as the render wrote it) points at the published copy of a file of this deck; the file is then collected. */
  publishes(href: string): boolean;
  /** The copies linked so far: path in the output folder → path in the deck folder. */
  readonly linked: ReadonlyMap<string, string>;
}

export function fileLinks(files: Pick<DeckFiles, 'assets' | 'linkedFiles'>): FileLinks {
  const linked = new Map<string, string>();
  return {
    linked,
    publishes(href) {
      // Only what the compile found in the deck is published: nothing else is ever read.
      const source = publishedSource(href, files);
      if (source === undefined) return false;
      linked.set(publishedPath(source), source);
      return true;
    },
  };
}

/** Copies each linked deck file to where its link points from `folder` (the .pptx's folder), each written atomically. */
export async function publishLinkedFiles(files: DeckFiles, linked: ReadonlyMap<string, string>, folder: string): Promise<void> {
  for (const [copy, source] of linked) await writeFileAtomic(join(folder, copy), await readFile(join(files.dir, source)));
}
