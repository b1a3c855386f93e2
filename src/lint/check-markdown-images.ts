import { posix } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { LintRule } from './lint-rule.js';
import { decodeSafe, images } from './slide-markdown.js';

/** `![alt](file.png)` in a slide body must name a file in assets/ (front matter images are checked by validate). */
export const markdownImages: LintRule = {
  name: 'markdown-images',
  check({ deck, slides }) {
    const found: Diagnostic[] = [];
    for (const slide of slides) {
      for (const { src, at } of images(slide.body)) {
        const asset = assetPath(src);
        if (asset === undefined || deck.assets.has(asset)) continue;
        found.push(diagnose('ImageNotFound', at, { src: decodeSafe(src), suggestion: closest(asset.replace(/^\/+/, ''), deck.assets) }));
      }
    }
    return found;
  },
};

/**
 * The file under assets/ an image source names, resolved as render/markdown.ts does:
 * "x.png" and "./x.png" are assets/x.png, "/x.png" stays absolute (so it is never
 * found). Undefined for what the deck does not ship: a URL, data: URI or anchor.
 */
export function assetPath(src: string): string | undefined {
  if (src === '' || /^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(src)) return undefined;
  const path = decodeSafe(src).replace(/[?#].*$/, '').replace(/^\.\//, '');
  return posix.normalize(path);
}
