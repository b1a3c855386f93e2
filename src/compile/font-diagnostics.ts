import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { fontInstallCommand, fontPackageFor } from '../fonts/shipped-fonts.js';
import type { LoadedTheme } from '../load/load-templates.js';
import type { ValidDeck } from '../validate/validate-deck.js';

/** A deck whose language's font package (theme.yaml) is not installed is told how to get it. */
export function missingFontDiagnostics(theme: LoadedTheme, deck: ValidDeck): Diagnostic[] {
  const { lang } = deck.config;
  const pkg = fontPackageFor(theme.subsetFonts, lang);
  if (!pkg || pkg.filesDir) return [];
  return [diagnose('FontPackageMissing', deck.configLocate(['lang']), { lang, package: pkg.package, install: fontInstallCommand(pkg) })];
}
