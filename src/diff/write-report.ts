import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import Handlebars from 'handlebars';
import { replaceDirAtomic } from '../emit/write-atomic.js';
import type { Manifest } from '../emit/manifest-schema.js';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';
import type { DeckDiff } from './compare-manifests.js';
import { describeCells } from './describe-cell.js';
import { pixelDiff } from './pixel-diff.js';
import type { BrowserChoice } from '../browser/start-browser.js';
import { screenshotSlides } from './slide-images.js';

export interface ReportInput {
  diff: DeckDiff;
  old: { dir: string; manifest: Manifest };
  next: { dir: string; manifest: Manifest };
  /** Copy both deck folders into the report (their builds are temporary: diff --since), so its links still open. */
  copyDecks?: boolean;
  /** The browser for the images (--browser-path, --browser-url); default: discovered. */
  browser?: BrowserChoice;
}

/**
 * Writes `<dir>/index.html`, a review page of the changes, and its images beside it
 * in images/: for each changed slide the old and new slide and their changed pixels,
 * for each added slide the new one; links open the slides in both decks. The folder
 * is swapped in whole.
 */
export async function writeReport(dir: string, input: ReportInput): Promise<string> {
  const { diff, old, next } = input;
  const target = resolve(dir);
  const shots = await screenshotSlides(
    [
      { deckDir: resolve(old.dir), ids: diff.changed.map((c) => c.was ?? c.id) },
      { deckDir: resolve(next.dir), ids: [...diff.changed.map((c) => c.id), ...diff.added] },
    ],
    input.browser ?? {},
  );
  const before = shots.get(resolve(old.dir)) ?? new Map<string, Uint8Array>();
  const after = shots.get(resolve(next.dir)) ?? new Map<string, Uint8Array>();
  const place = (deckDir: string, copy: string) => (input.copyDecks ? join(target, copy) : resolve(deckDir));
  const [oldPlace, nextPlace] = [place(old.dir, 'old'), place(next.dir, 'new')];
  const link = (deckDir: string, id?: string) => {
    const at = deckDir === old.dir ? oldPlace : nextPlace;
    return `${relative(target, join(at, 'index.html')).split(sep).join('/')}${id ? `#/${encodeURIComponent(id)}` : ''}`;
  };
  const nextById = new Map(next.manifest.slides.map((s) => [s.id, s]));
  const oldById = new Map(old.manifest.slides.map((s) => [s.id, s]));

  await replaceDirAtomic(target, async (temp) => {
    await mkdir(join(temp, 'images'));
    if (input.copyDecks) await Promise.all([cp(old.dir, join(temp, 'old'), { recursive: true }), cp(next.dir, join(temp, 'new'), { recursive: true })]);
    const image = async (name: string, png: Uint8Array | undefined) => {
      if (!png) return undefined;
      await writeFile(join(temp, 'images', name), png);
      return `images/${name}`;
    };
    const slides = [];
    for (const [i, change] of diff.changed.entries()) {
      const [a, b] = [before.get(change.was ?? change.id), after.get(change.id)];
      const pixels = a && b ? pixelDiff(a, b) : undefined;
      const stem = `${String(i + 1).padStart(3, '0')}-${change.id}`;
      slides.push({
        ...change,
        status: 'changed',
        before: await image(`${stem}-before.png`, a),
        after: await image(`${stem}-after.png`, b),
        diff: await image(`${stem}-diff.png`, pixels?.png),
        changedPixels: pixels?.changed.toLocaleString('en'),
        oldLink: link(old.dir, change.was ?? change.id),
        newLink: link(next.dir, change.id),
        values: change.values.map((v) => ({ from: v.from ?? '—', to: v.to ?? '—', cells: describeCells(v.data.cells), expression: v.data.expression, at: v.data.at })),
      });
    }
    for (const id of diff.added) {
      const slide = nextById.get(id)!;
      slides.push({ id, status: 'added', to: slide.number, headline: slide.headline, parts: [], values: [], after: await image(`added-${id}.png`, after.get(id)), newLink: link(next.dir, id) });
    }
    const page = Handlebars.create();
    page.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    page.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(String(separator)) : ''));
    const template = page.compile(await readFile(join(BUILTIN_TEMPLATES, 'diff-report', 'report.hbs'), 'utf8'));
    const html = template({
      title: next.manifest.title,
      css: await readFile(join(BUILTIN_TEMPLATES, 'diff-report', 'report.css'), 'utf8'),
      oldLabel: old.dir,
      newLabel: next.dir,
      oldDeck: link(old.dir),
      newDeck: link(next.dir),
      counts: { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, moved: diff.moved.length, unchanged: diff.unchanged },
      slides,
      removed: diff.removed.map((id) => ({ id, number: oldById.get(id)?.number, headline: oldById.get(id)?.headline, link: link(old.dir, id) })),
      moved: diff.moved.map((m) => ({ ...m, link: link(next.dir, m.id) })),
    });
    await writeFile(join(temp, 'index.html'), html);
  });
  return join(target, 'index.html');
}
