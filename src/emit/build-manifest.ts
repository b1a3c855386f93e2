import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import type { BoundValue } from '../data/bound-value.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { DeckModel } from '../model/types.js';
import { plainText } from '../render/plain-text.js';
import type { RenderedDeck } from '../render/render-deck.js';
import { MANIFEST_VERSION, type Manifest, type ManifestSlide } from './manifest-schema.js';

/**
 * The build manifest of one deck or variant (deck.json): every slide with hashes of
 * its markup and parts and every data value it shows. Paths are relative to the
 * deck folder, so the same sources give the same file wherever they are built.
 */
export function buildManifest(model: DeckModel, rendered: RenderedDeck, deckDir: string): Manifest {
  const paths = new Map<string, string>();
  const path = (file: string): string => {
    let found = paths.get(file);
    if (found === undefined) paths.set(file, (found = relative(deckDir, resolve(file)).split(sep).join('/')));
    return found;
  };
  const place = (at: SourcePosition, column = true) => `${path(at.file)}:${at.line}${column ? `:${at.column}` : ''}`;
  const value = (v: BoundValue) => ({ shown: v.shown, expression: v.expression, cells: v.cells.map((c) => ({ ...c, file: path(c.file) })), at: place(v.at) });
  const hashOf = (text: string | undefined) => (text === undefined ? undefined : contentHash(text));

  const slides = rendered.slides.map(({ slide, render }): ManifestSlide => {
    const { text, chart, table, notes, sources } = render.parts;
    const parts = { text: contentHash(text), sources: contentHash(sources), ...defined({ chart: hashOf(chart), table: hashOf(table), notes: hashOf(notes) }) };
    return {
      id: slide.id,
      idWritten: slide.source?.fm.id !== undefined,
      number: slide.number,
      kind: slide.kind,
      section: slide.section === undefined ? null : (model.sections[slide.section]?.id ?? null),
      layout: slide.layout,
      headline: render.headline === undefined ? null : plainText(render.headline),
      html: contentHash(render.html),
      notes: hashOf(render.notes) ?? null,
      parts,
      sources: (model.citations.get(slide.id) ?? []).map((n) => model.references[n - 1]!).map((r) => ({ text: r.text, ...(r.url ? { url: r.url } : {}) })),
      at: slide.source ? place({ file: slide.source.file, line: slide.source.line, column: 1 }, false) : null,
      values: render.values.map(value),
    };
  });
  return { manifest: MANIFEST_VERSION, deck: model.name, variant: model.variant ?? null, title: model.config.title, lang: model.config.lang, slides };
}

/**
 * 128 bits of SHA-256. Not charts/content-hash.ts: that JS hash suits short cache
 * keys, but over a deck's markup (~0.7 MB for 212 slides) it cost ~100 ms under the
 * CLI's --max-opt=1, against ~3 ms for node:crypto.
 */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function defined<T extends object>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
