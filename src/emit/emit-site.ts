import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { ShippedFonts } from '../fonts/shipped-fonts.js';
import type { LoadedTheme } from '../load/load-templates.js';
import { publishedPath } from '../render/deck-file-link.js';

/** The files reveal.js needs at run time, copied so the deck opens from file:// with no network. */
const REVEAL_FILES = ['dist/reveal.css', 'dist/reveal.js', 'dist/plugin/notes.js'];

export interface SiteContent {
  indexHtml: string;
  printHtml: string;
  /** deck.json, the build manifest. */
  manifest: string;
  theme: LoadedTheme;
  /** The language font subsets the pages use (assets/fonts/fonts.css and its files). */
  fonts: ShippedFonts;
  /** The deck folder. */
  deckDir: string;
  /** The files of its assets/ folder (POSIX paths relative to it), published under assets/media/. */
  assets: Iterable<string>;
  /** The files of it that slides link to (POSIX paths relative to it), published under assets/files/. */
  linkedFiles: Iterable<string>;
}

/** Writes one deck (or variant) into `dir`: the two pages, the manifest, reveal.js, the theme, its fonts, the deck's media and linked files. */
export async function emitSite(dir: string, site: SiteContent): Promise<void> {
  await mkdir(join(dir, 'assets', 'fonts'), { recursive: true });
  // fonts.css is always written, empty for a Latin deck: the theme imports it, and a missing stylesheet is a failed request.
  const pages = Promise.all([
    writeFile(join(dir, 'index.html'), site.indexHtml),
    writeFile(join(dir, 'print.html'), site.printHtml),
    writeFile(join(dir, 'deck.json'), site.manifest),
    writeFile(join(dir, 'assets', 'fonts', 'fonts.css'), site.fonts.css),
  ]);
  // reveal.js exports no package.json; its main file sits in dist/.
  const revealRoot = dirname(dirname(createRequire(import.meta.url).resolve('reveal.js')));
  const copies: [string, string][] = [
    ...REVEAL_FILES.map((f): [string, string] => [join(revealRoot, f), join(dir, 'assets', 'reveal', f.replace(/^dist\//, ''))]),
    ...site.theme.files.map((f): [string, string] => [join(site.theme.dir, f), join(dir, 'assets', 'theme', f)]),
    ...[...site.theme.fonts, ...site.fonts.files].map((f): [string, string] => [f, join(dir, 'assets', 'fonts', basename(f))]),
    ...[...site.assets].map((f): [string, string] => [join(site.deckDir, 'assets', f), join(dir, publishedPath(`assets/${f}`))]),
    ...[...site.linkedFiles].map((f): [string, string] => [join(site.deckDir, f), join(dir, publishedPath(f))]),
  ];
  // Every write settles before a failure is reported: the caller then removes the
  // temporary folder, which must not be filling up while it is removed (ENOTEMPTY).
  const results = await Promise.allSettled([pages, ...copies.map(async ([from, to]) => {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
  })]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
