/**
 * What a build left in an output folder, read back from the files themselves
 * (so shards' outputs merged into one folder read as one site): each deck folder
 * with a deckpress index.html, its variant folders, and the PDF and PPTX beside them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

export interface BuiltFiles {
  /** Paths relative to the output folder, with `/`. */
  html: string;
  pdf?: string;
  pptx?: string;
}

export interface BuiltBuild extends BuiltFiles {
  /** undefined for the full deck. */
  variant?: string;
  title: string;
  lang: string;
  date?: string;
  slides: number;
}

export interface BuiltDeck {
  name: string;
  builds: BuiltBuild[];
}

/** Every built deck in `dist`, by folder name (code-point order, the same on every machine), the full deck before its variants. */
export async function readBuiltDecks(dist: string): Promise<BuiltDeck[]> {
  const decks: BuiltDeck[] = [];
  for (const name of await folders(dist)) {
    const full = await readBuild(dist, name, undefined);
    if (!full) continue;
    const builds = [full];
    for (const variant of await folders(join(dist, name))) {
      const build = await readBuild(dist, name, variant);
      if (build) builds.push(build);
    }
    decks.push({ name, builds });
  }
  return decks;
}

async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One build's page metadata, or undefined when the folder holds no page deckpress wrote. */
async function readBuild(dist: string, deck: string, variant: string | undefined): Promise<BuiltBuild | undefined> {
  const folder = variant === undefined ? deck : `${deck}/${variant}`;
  const html = await readFile(join(dist, folder, 'index.html'), 'utf8').catch(() => undefined);
  if (html === undefined) return undefined;
  const page = readPage(html);
  if (!page) return undefined;
  // The PDF and PPTX of a variant sit beside the deck's own: <deck>-<variant>.pdf (src/pdf/pdf-jobs.ts).
  const stem = variant === undefined ? deck : `${deck}-${variant}`;
  const [pdf, pptx] = await Promise.all(['pdf', 'pptx'].map(async (ext) => ((await isFile(join(dist, deck, `${stem}.${ext}`))) ? `${deck}/${stem}.${ext}` : undefined)));
  return { ...(variant === undefined ? {} : { variant }), ...page, html: `${folder}/index.html`, ...(pdf ? { pdf } : {}), ...(pptx ? { pptx } : {}) };
}

/** Title, language, date and slide count from a deck page's markup (templates/pages/deck.hbs). */
function readPage(html: string): Omit<BuiltBuild, keyof BuiltFiles | 'variant'> | undefined {
  const meta = new Map<string, string>();
  let title = '';
  let lang = '';
  let slides = 0;
  const visit = (node: Node): void => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.nodeName === 'html') lang = attr('lang') ?? '';
    else if (node.nodeName === 'title') title = (node.childNodes ?? []).map((c) => c.value ?? '').join('');
    else if (node.nodeName === 'meta' && attr('name')) meta.set(attr('name')!, attr('content') ?? '');
    // A slide is a <section> with its number; its content is not searched further.
    else if (node.nodeName === 'section' && attr('data-number') !== undefined) return void slides++;
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse(html) as unknown as Node);
  if (meta.get('generator') !== 'deckpress') return undefined;
  const date = meta.get('date');
  return { title: title.trim(), lang, ...(date ? { date } : {}), slides };
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
