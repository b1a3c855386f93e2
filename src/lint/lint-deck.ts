import { sortDiagnostics, uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModel } from '../model/build-model.js';
import { compileDeck, type CompiledDeck } from '../pipeline.js';
import { lintContext } from './lint-context.js';
import { recoverDeck } from './recover-deck.js';
import { RULES } from './rules.js';

export interface LintResult {
  /** The deck's folder name. */
  name: string;
  /** The build's compile of the deck, every variant included; has targets only when it had no error. */
  compiled: CompiledDeck;
  /** Every problem: the build's own, then the lint rules', sorted by file and position. */
  diagnostics: Diagnostic[];
}

/**
 * Every diagnostic for one deck, without writing anything: the same compile as
 * `build` (so data, chart and render problems come from the stages that own them),
 * then the lint rules over whatever validated.
 */
export async function lintDeck(deckDir: string): Promise<LintResult> {
  const compiled = await compileDeck(deckDir);
  const found = [...compiled.diagnostics];
  const deck = compiled.deck ?? (await recoverDeck(deckDir));
  if (deck) {
    const model = compiled.targets.find((t) => t.variant === undefined)?.model ?? buildModel(deck);
    const context = lintContext(deck, model, compiled.diagnostics);
    for (const rule of RULES) found.push(...rule.check(context));
  }
  return { name: compiled.name, compiled, diagnostics: sortDiagnostics(uniqueDiagnostics(found)) };
}
