import { defineCodes } from './define.js';

/** Writing the output folder (owned by src/emit). Not tied to a file position: see src/emit/output-error.ts. */
export const outputCodes = defineCodes({
  OutputOverlapsSource: {
    severity: 'error',
    message: (p: { out: string; what: string; source: string }) =>
      `--out would write the deck's output to "${p.out}", which ${p.what} "${p.source}"; nothing was written.`,
    hint: () => 'Choose an output folder outside decks/ and templates/, such as the default `--out dist`.',
  },
  OutputWriteFailed: {
    severity: 'error',
    message: (p: { path: string; action: string; detail: string }) => `Cannot ${p.action} "${p.path}": ${p.detail}. The last good output is kept.`,
    hint: (p: { reason: string }) => p.reason,
  },
});
