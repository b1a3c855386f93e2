import { defineCodes, didYouMean } from './define.js';

/**
 * Choosing a variant (owned by src/model): a `--variant` (or the library's
 * `variants`) the deck does not declare. Wrong usage, not a problem in a file:
 * see src/model/unknown-variant-error.ts, exit code 2.
 */
export const variantCodes = defineCodes({
  UnknownVariant: {
    severity: 'error',
    message: (p: { variant: string; deck: string }) => `Deck "${p.deck}" has no variant "${p.variant}".`,
    hint: (p: { suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}${p.known ? `Its variants: ${p.known}.` : 'It declares no variants (variants: in deck.yaml).'}`,
  },
});
