import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LintRule } from './lint-rule.js';
import { writtenPath } from '../render/decode-link.js';
import { altText, images } from './slide-markdown.js';

/** Images need a text alternative: screen readers, the PDF's tags and search all read it. */
export const altTextRule: LintRule = {
  name: 'alt-text',
  check({ slides }) {
    const found: Diagnostic[] = [];
    for (const slide of slides) {
      const image = slide.source.fm.image;
      if (image && (image.alt ?? '').trim() === '') {
        const at = image.alt === undefined ? slide.source.locate(['image'], 'key') : slide.source.locate(['image', 'alt']);
        found.push(diagnose('MissingAltText', at, { src: image.src, markdown: false }));
      }
      for (const { token, src, at } of images(slide.body)) {
        if (altText(token) === '') found.push(diagnose('MissingAltText', at, { src: writtenPath(src).path, markdown: true }));
      }
    }
    return found;
  },
};
