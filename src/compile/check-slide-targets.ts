import { posix } from 'node:path';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { DeckModel, Slide } from '../model/types.js';
import { linkedSlideId, typedTarget, writtenPath } from '../render/decode-link.js';
import type { WrittenTarget } from '../render/markdown.js';
import type { ValidDeck, ValidSlide } from '../validate/validate-deck.js';

/**
 * Every Markdown image must be a file in assets/ and every `[text](#id)` link must
 * reach a slide of the full deck. The targets come from the render's own tokens
 * (no second parse); only a broken one is looked up in the source for its position.
 */
export function checkSlideTargets(deck: ValidDeck, full: DeckModel, slides: readonly { slide: Slide; targets: readonly WrittenTarget[] }[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  // The full deck's slides: a hidden slide is in no build, so no link reaches it.
  const ids = new Set(full.slides.map((s) => s.id));
  for (const { written, at } of writtenTargets(slides, ['image', 'link'])) {
    const broken = written.kind === 'image' ? brokenImage(written.target, deck.assets) : brokenLink(written.target, ids);
    if (!broken) continue;
    if (written.kind === 'image') found.push(diagnose('ImageNotFound', at(), { src: writtenPath(written.target).path, suggestion: closest(broken, deck.assets) }));
    else found.push(diagnose('BrokenSlideLink', at(), { id: broken, suggestion: closest(broken, ids) }));
  }
  return found;
}

/** A target a slide writes, of the kinds asked for, with where it is written (looked up in the source only when asked). */
export interface WrittenTargetAt {
  slide: Slide;
  written: WrittenTarget;
  at: () => SourcePosition;
}

/**
 * The targets the slides write, of `kinds` (links to files of the deck are checked on
 * disk, by check-linked-files.ts), in the order written. A target written more than
 * once is found at its nth place: the nth time the same text is written in the same
 * place (body or front matter value). Slides without a source (none to point at) are skipped.
 */
export function* writtenTargets(slides: readonly { slide: Slide; targets: readonly WrittenTarget[] }[], kinds: readonly WrittenTarget['kind'][]): Generator<WrittenTargetAt> {
  for (const { slide, targets } of slides) {
    const source = slide.source;
    if (!source) continue;
    const seen = new Map<string, number>();
    for (const written of targets) {
      if (!kinds.includes(written.kind)) continue;
      const key = `${written.kind}:${written.path?.join('.') ?? ''}:${written.target}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      yield { slide, written, at: () => positionOf(source, written, nth) };
    }
  }
}

/** The asset path an image names when the deck does not have it. */
function brokenImage(src: string, assets: ReadonlySet<string>): string | undefined {
  const asset = assetPath(src);
  return asset === undefined || assets.has(asset) ? undefined : asset.replace(/^\/+/, '');
}

/** The slide id a link names when no slide has it. */
function brokenLink(target: string, ids: ReadonlySet<string>): string | undefined {
  const id = linkedSlideId(target);
  return ids.has(id) ? undefined : id;
}

/**
 * The file under assets/ an image source names, resolved as render/markdown.ts does:
 * "x.png" and "./x.png" are assets/x.png, "/x.png" stays absolute (so it is never
 * found). Undefined for what the deck does not ship: a URL, data: URI or anchor.
 */
export function assetPath(src: string): string | undefined {
  if (src === '' || /^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(src)) return undefined;
  return posix.normalize(writtenPath(src).path.replace(/^\.\//, ''));
}

/**
 * Where a broken target is written: in the body, the nth place its text appears
 * (as written or percent-decoded), after its "(" where it has one; in a front matter value, the value.
 */
function positionOf(slide: ValidSlide, written: WrittenTarget, nth: number): SourcePosition {
  if (written.path) return slide.locate(written.path);
  const { text, line } = slide.body;
  const forms = [written.target, typedTarget(written.target), linkedSlideId(written.target)];
  // At its "(" first: the bare text may also stand inside another target written before it (`[a](#x) ![a](x)`).
  const opening = forms.map((f) => (written.kind === 'link' ? `(#${f}` : `(${f}`));
  const bare = written.kind === 'file' ? [] : forms.map((f) => (written.kind === 'link' ? `#${f}` : f));
  const needle = opening.find((n) => text.includes(n)) ?? bare.find((n) => text.includes(n));
  const start = { file: slide.file, line, column: 1 };
  if (needle === undefined) return start;
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
      // After "(", the target ends where the destination does: `(x)` is not found in `(x.csv)`.
      if (needle.startsWith('(') && !/^$|^[)\s]/.test(text.charAt(index + needle.length))) continue;
      if (seen++ === nth) return { file: slide.file, line: line + i, column: index + 1 + (needle.startsWith('(') ? 1 : 0) };
    }
  }
  return start;
}

