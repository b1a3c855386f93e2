import { loadDeck, type LoadedDeck } from '../load/load-deck.js';
import { loadTemplates } from '../load/load-templates.js';
import { authorLayouts } from '../theme/theme-manifest.js';
import { validateDeck, type ValidDeck } from '../validate/validate-deck.js';
import { isRecord } from '../validate/check-schema.js';

/**
 * The build stops at the first stage with errors, but lint should still check every
 * slide that did validate. This repeats load and validate (only when the build
 * failed) and keeps whatever deck validation yields; when deck.yaml itself is
 * unusable, a stand-in config lets the section files be checked anyway. Its
 * diagnostics are the build's, already reported, so they are dropped.
 */
export async function recoverDeck(deckDir: string): Promise<ValidDeck | undefined> {
  const [loaded, templates] = await Promise.all([loadDeck(deckDir), loadTemplates(deckDir)]);
  const catalogues = {
    layouts: authorLayouts(templates.layouts.keys()),
    themes: [...templates.themes.keys()].sort(),
  };
  const validated = validateDeck(loaded, catalogues);
  if (validated.deck) return validated.deck;
  if (loaded.diagnostics.some((d) => d.code === 'DeckNotFound')) return undefined;
  return validateDeck(withStandInConfig(loaded, catalogues.themes), catalogues).deck;
}

function withStandInConfig(loaded: LoadedDeck, themes: readonly string[]): LoadedDeck {
  const written = isRecord(loaded.config.value) ? loaded.config.value : {};
  const theme = typeof written.theme === 'string' && themes.includes(written.theme) ? written.theme : 'report';
  return { ...loaded, config: { ...loaded.config, value: { title: 'Untitled', theme } } };
}
