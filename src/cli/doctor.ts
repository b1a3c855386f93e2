/**
 * `deckpress doctor [deck-dir ...]`: can this machine make the PDFs? Reports the
 * browser (where it was found, its version, whether it starts and prints) and
 * whether installed or theme fonts cover every character each deck uses.
 */
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { pdfCodes } from '../diagnostics/codes/pdf.js';
import { findDecks } from '../load/find-decks.js';
import { checkBrowser } from '../browser/check-browser.js';
import { deckCharacters, fontCoverage, installedFontRanges, linesUsing, sampleCharacters } from '../fonts/font-coverage.js';
import { fontInstallCommand, fontPackageFor, subsetRanges } from '../fonts/shipped-fonts.js';
import { loadTheme } from '../load/load-templates.js';
import { mergeRanges } from '../fonts/code-ranges.js';
import { isPdfError } from '../diagnostics/pdf-error.js';
import { formatSeconds } from '../pdf/progress.js';
import { parseCommandArgs } from './parse-args.js';
import { exitOnSignals } from './signals.js';

export const HELP = `Usage: deckpress doctor [deck-dir ...] [options]

Checks that this machine can export PDFs: the browser deckpress finds, its
version, whether it starts and prints, and whether the fonts cover every
character each deck uses. With no deck-dir, checks every deck under ./decks.

Options:
  --browser-path P    Check this browser instead of the one discovered
  -h, --help          Show this help`;

type Write = (line: string) => void;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'browser-path': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  exitOnSignals();
  const write: Write = (line) => process.stdout.write(`${line}\n`);
  write(`  ✔ node      ${process.version} (${process.platform} ${process.arch})`);
  let ok = await reportBrowser(write, values['browser-path']);
  for (const dir of await findDecks(positionals)) ok = (await reportFonts(write, dir)) && ok;
  write(ok ? '\nEverything needed for PDFs is here.' : '\nFix the problems above, then run `deckpress doctor` again.');
  return ok ? 0 : 1;
}

async function reportBrowser(write: Write, browserPath: string | undefined): Promise<boolean> {
  try {
    const { found, version, ms } = await checkBrowser(browserPath ? { browserPath } : {});
    write(`  ✔ browser   ${found.path} (${found.source === 'system' ? 'installed on the system' : `from ${found.source}`})`);
    write(`  ✔ launches  ${version}; started and printed a test page in ${formatSeconds(ms)}`);
    return true;
  } catch (error) {
    if (!isPdfError(error)) throw error;
    const what = error.code === 'BrowserLaunchFailed' ? 'launches' : 'browser';
    write(`  ✖ ${what.padEnd(9)} ${error.code}  ${error.message}`);
    if (error.hint) write(`      hint: ${error.hint}`);
    return false;
  }
}

async function reportFonts(write: Write, deckDir: string): Promise<boolean> {
  const { name, lang, themeDir } = await deckSettings(deckDir);
  const installed = await installedFontRanges();
  if (!installed) {
    write(`  ? fonts     ${name} (${lang}): cannot list installed fonts (fontconfig's fc-list is not available here)`);
    return true;
  }
  // What the theme ships: its fixed fonts, and the subsets of the deck language's package when installed.
  const theme = themeDir ? await loadTheme(basename(themeDir), themeDir) : undefined;
  const shipped = theme ? [...theme.fontRanges, ...subsetRanges(theme.subsetFonts, lang)] : [];
  const coverage = fontCoverage(await deckCharacters(deckDir), mergeRanges([...installed, ...shipped]));
  if (coverage.missing.length === 0) {
    write(`  ✔ fonts     ${name} (${lang}): all ${coverage.checked} characters it uses have a font (shipped with the theme or installed)`);
    return true;
  }
  const pkg = theme ? fontPackageFor(theme.subsetFonts, lang) : undefined;
  const npm = pkg && !pkg.filesDir ? `Or ship the font with the deck: \`${fontInstallCommand(pkg)}\`. ` : '';
  const params = { deck: name, count: coverage.missing.length, sample: sampleCharacters(coverage.missing), install: npm + (coverage.install ?? '') };
  write(`  ✖ fonts     FontsMissing  ${pdfCodes.FontsMissing.message(params)}`);
  for (const use of await linesUsing(deckDir, coverage.missing)) write(`      ${relative('.', use.file)}:${use.line}  ${use.text.slice(0, 80)}`);
  write(`      hint: ${pdfCodes.FontsMissing.hint(params)}`);
  return false;
}

/** The deck's name, lang and theme folder; read leniently (doctor must work on decks that do not build yet). */
async function deckSettings(deckDir: string): Promise<{ name: string; lang: string; themeDir?: string }> {
  const [{ parse }, { loadTemplates }] = await Promise.all([import('yaml'), import('../load/load-templates.js')]);
  let config: { lang?: unknown; theme?: unknown } = {};
  try {
    config = (parse(await readFile(join(deckDir, 'deck.yaml'), 'utf8')) as typeof config) ?? {};
  } catch {
    // A broken deck.yaml is `deckpress lint`'s to report; fonts are still checked.
  }
  const lang = typeof config.lang === 'string' ? config.lang : 'en';
  const theme = typeof config.theme === 'string' ? config.theme : 'report';
  const themeDir = (await loadTemplates(deckDir).catch(() => undefined))?.themes.get(theme);
  const name = deckDir.replace(/[/\\]+$/, '').split(/[/\\]/).pop() || deckDir;
  return { name, lang, ...(themeDir ? { themeDir } : {}) };
}
