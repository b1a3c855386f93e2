import { posix } from 'node:path';
import { pathUrl, writtenPath } from './decode-link.js';

/** Where the files slides link to are published in a built deck, under their path in the deck folder. */
export const FILES_URL = 'assets/files/';
/** Where the deck's assets/ folder is published (its images, and files linked as assets/…). */
export const ASSETS_URL = 'assets/media/';

/**
 * What the build itself writes beside index.html: its pages, a variant's pages, the
 * exported PDF and PowerPoint files, PNG pages, the published assets. A link to one of
 * them (`[web version](index.html)`) works in the output as written, and is kept so.
 */
const BUILT_OUTPUT = /^(?:(?:[^/]+\/)?(?:index|print)\.html|deck\.json|png\/.+|assets\/(?:media|files|theme|fonts|reveal)\/.+)$/;
/** An export beside index.html: `<deck>.pdf`, `<deck>-<variant>.pptx`. */
const EXPORT = /^([^/]+)\.(?:pdf|pptx)$/;

/**
 * What a Markdown link to a file of the deck names, by the one rule for such links:
 * a relative path from the deck folder (`data/revenue.csv`, `./assets/appendix.pdf#page=2`).
 * `path` is the decoded, normalized path in the deck; `suffix` the `?query#fragment` kept on
 * the published link. `outside` is a path that leaves the deck folder: absolute, or `../`
 * above it. Undefined for what is not a file link: a URL or `mailto:` (any scheme), `//host`,
 * a `#slide-id` or reveal's `#/3`, the page itself (`?print-pdf`), and a link to what the
 * build writes (BUILT_OUTPUT, and the exports of `deck`, the deck's name: `<deck>.pdf`).
 */
export type DeckFileLink = { path: string; suffix: string } | { outside: string };

export function deckFileLink(href: string, deck?: string): DeckFileLink | undefined {
  if (href === '' || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const { path: written, suffix } = writtenPath(href);
  if (written.startsWith('/') || written.startsWith('\\')) return { outside: written };
  const path = posix.normalize(written);
  if (path === '..' || path.startsWith('../')) return { outside: written };
  // `?print-pdf`, `.`: the page or folder itself, no file.
  if (written === '' || path === '.' || path === './') return undefined;
  return BUILT_OUTPUT.test(path) || isExport(path, deck) ? undefined : { path, suffix };
}

/** Whether `path` is one of the deck's exports; without the deck's name, any PDF or PowerPoint file beside index.html. */
function isExport(path: string, deck: string | undefined): boolean {
  const name = EXPORT.exec(path)?.[1];
  return name !== undefined && (deck === undefined || name === deck || name.startsWith(`${deck}-`));
}

/** The asset a deck file link names (`assets/appendix.pdf` → `appendix.pdf`): published with the images, not copied again. */
export function linkedAsset(path: string): string | undefined {
  return path.startsWith('assets/') ? path.slice('assets/'.length) : undefined;
}

/** Where a file of the deck is published in the built deck (`data/x.csv` → `assets/files/data/x.csv`, an asset's under assets/media/), not yet URL-encoded. */
export function publishedPath(path: string): string {
  const asset = linkedAsset(path);
  return asset === undefined ? FILES_URL + path : ASSETS_URL + asset;
}

/** The link as published: the file's copy under assets/files/ (an asset's under assets/media/), its query and fragment kept. */
export function publishedFileUrl(link: { path: string; suffix: string }): string {
  return pathUrl(publishedPath(link.path)) + link.suffix;
}

/**
 * The file of the deck a published link points at, the inverse of publishedFileUrl:
 * `assets/files/data/Q1%202.csv#row=2` → `data/Q1 2.csv`, `assets/media/a%20(b).svg` →
 * `assets/a (b).svg`. Only one of `files` (what the compile found in the deck); undefined
 * for any other URL.
 */
export function publishedSource(href: string, files: { assets: ReadonlySet<string>; linkedFiles: ReadonlySet<string> }): string | undefined {
  const { path } = writtenPath(href);
  if (path.startsWith(FILES_URL)) {
    const file = path.slice(FILES_URL.length);
    return files.linkedFiles.has(file) ? file : undefined;
  }
  if (path.startsWith(ASSETS_URL)) {
    const asset = path.slice(ASSETS_URL.length);
    return files.assets.has(asset) ? `assets/${asset}` : undefined;
  }
  return undefined;
}
