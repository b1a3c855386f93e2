import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** `deckpress lint --format json`: one document for CI and editors. Fields are stable; new ones may be added. */
export interface JsonReport {
  version: 1;
  errors: number;
  warnings: number;
  decks: { name: string; dir: string; errors: number; warnings: number }[];
  diagnostics: (Diagnostic & { deck: string })[];
}

export function jsonReport(decks: readonly { name: string; dir: string; diagnostics: readonly Diagnostic[] }[]): JsonReport {
  const count = (list: readonly Diagnostic[], severity: Diagnostic['severity']) => list.filter((d) => d.severity === severity).length;
  const all = decks.flatMap((deck) => deck.diagnostics.map((d) => ({ deck: deck.name, ...d })));
  return {
    version: 1,
    errors: count(all, 'error'),
    warnings: count(all, 'warning'),
    decks: decks.map((deck) => ({ name: deck.name, dir: deck.dir, errors: count(deck.diagnostics, 'error'), warnings: count(deck.diagnostics, 'warning') })),
    diagnostics: all,
  };
}
