import { defineCodes } from './define.js';

/** `deckpress index DIST` (owned by src/site-index). */
export const siteIndexCodes = defineCodes({
  IndexNoDecks: {
    severity: 'error',
    message: (p: { dir: string }) => `No built deck in "${p.dir}", so no index was written.`,
    hint: () => 'Give the folder `deckpress build --out` wrote (default: dist), after a build; merged shard outputs are fine.',
  },
});
