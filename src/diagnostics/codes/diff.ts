import { defineCodes } from './define.js';

const REBUILD = 'Build it with this deckpress (`deckpress build`) and compare again.';

/** `deckpress diff` (owned by src/diff): problems with what is compared, not with a deck's files. Exit code 2. */
export const diffCodes = defineCodes({
  DiffNotADeck: {
    severity: 'error',
    message: (p: { role: string; dir: string; missing: string }) => `${p.role} "${p.dir}" is not a built deck: ${p.missing}.`,
    hint: () => 'Give two folders that `deckpress build` wrote, such as dist/my-deck from two builds, or use --since REV DECK.',
  },
  DiffManifestIncompatible: {
    severity: 'error',
    message: (p: { role: string; file: string; detail: string }) => `${p.role} "${p.file}" cannot be compared: ${p.detail}.`,
    hint: () => REBUILD,
  },
  DiffRevisionNotFound: {
    severity: 'error',
    message: (p: { rev: string; deck: string; detail: string }) => `The deck "${p.deck}" cannot be read at revision "${p.rev}": ${p.detail}.`,
    hint: () => 'Give a commit, tag or branch where the deck exists (see `git log -- <deck>`), from inside its git repository.',
  },
  DiffRevisionBuildFailed: {
    severity: 'error',
    message: (p: { rev: string; deck: string; count: number }) => `The deck "${p.deck}" as it was at "${p.rev}" does not build (${p.count} error${p.count === 1 ? '' : 's'} above).`,
    hint: () => 'Compare with a revision where the deck built, or fix its errors there.',
  },
});
