import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from './display-path.js';
import { parseYaml } from './parse-yaml.js';
import type { CodeRanges } from '../fonts/code-ranges.js';
import type { SubsetFontPackage } from '../fonts/shipped-fonts.js';
import { listFiles } from './load-deck.js';
import { loadThemeFonts, type FontEntry } from './load-theme-fonts.js';
import { projectRoot } from './project-root.js';

/** The package's own templates/ folder: layouts, partials, pages, themes and the `new` scaffold. */
export const BUILTIN_TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export interface TemplateSources {
  /** Layout name → Handlebars source; project layouts override built-ins of the same name. */
  layouts: Map<string, string>;
  partials: Map<string, string>;
  pages: Map<string, string>;
  /** Every theme folder by name, project themes first. */
  themes: Map<string, string>;
  /** Words of the generated slides and chrome, by language tag (templates/locales/<lang>.yaml). */
  locales: Map<string, Record<string, string>>;
  /** Template files read, for the dev server's watcher. */
  files: string[];
  /** The project's own template files ("layouts/content" → its path as shown), which diagnostics name. */
  projectFiles: Map<string, string>;
  /** A locale file that is no YAML. */
  diagnostics: Diagnostic[];
}

export interface LoadedTheme {
  name: string;
  dir: string;
  /** Files of the theme folder to copy to assets/theme/ (CSS, images). */
  files: string[];
  /** Absolute paths of font files every deck of the theme ships in assets/fonts/. */
  fonts: string[];
  /** What those fixed fonts cover (their CSS unicode-ranges). */
  fontRanges: CodeRanges;
  /** Text the theme's CSS draws itself (`content:`). */
  fontText: string;
  /** Per-language packages split in unicode-range subsets, in manifest order; a deck ships the subsets its text uses. */
  subsetFonts: SubsetFontPackage[];
  /** Chart colours and type (see src/charts/chart-theme.ts); empty when the theme has none. */
  chart: Record<string, unknown>;
  /** PowerPoint colours, fonts and zones (see src/pptx/pptx-theme.ts); empty when the theme has none. */
  pptx: Record<string, unknown>;
  /** A theme.yaml that is no YAML. */
  diagnostics: Diagnostic[];
}

export { projectRoot };

export function projectTemplatesDir(deckDir: string): string {
  return join(projectRoot(deckDir), 'templates');
}

/** Every `*<extension>` file in `root/kind`, read at once: its path, its name without the extension, its text. */
export async function readTemplateFiles(root: string, kind: string, extension: string): Promise<{ path: string; name: string; text: string }[]> {
  return Promise.all((await listFiles(join(root, kind))).filter((f) => f.endsWith(extension)).map(async (file) => {
    const path = join(root, kind, file);
    return { path, name: file.slice(0, -extension.length), text: await readFile(path, 'utf8') };
  }));
}

export async function loadTemplates(deckDir: string): Promise<TemplateSources> {
  const sources: TemplateSources = { layouts: new Map(), partials: new Map(), pages: new Map(), themes: new Map(), locales: new Map(), files: [], projectFiles: new Map(), diagnostics: [] };
  const roots = [BUILTIN_TEMPLATES, projectTemplatesDir(deckDir)];
  // Every folder is listed and every file read at once; they are applied in order
  // afterwards, the project's over the package's.
  const uniqueRoots = [...new Set(roots)];
  const kinds = [['layouts', sources.layouts], ['partials', sources.partials], ['pages', sources.pages]] as const;
  const loaded = await Promise.all(uniqueRoots.map(async (root) => {
    const [templates, locales, themes] = await Promise.all([
      Promise.all(kinds.map(([kind]) => readTemplateFiles(root, kind, '.hbs'))),
      readTemplateFiles(root, 'locales', '.yaml'),
      listFiles(join(root, 'themes')),
    ]);
    return { root, templates, locales, themes };
  }));
  for (const { root, templates, locales, themes } of loaded) {
    kinds.forEach(([kind, map], k) => {
      for (const { path, name, text } of templates[k]!) {
        map.set(name, text);
        sources.files.push(path);
        if (root !== BUILTIN_TEMPLATES) sources.projectFiles.set(`${kind}/${name}`, displayPath(path));
      }
    });
    for (const { path, name: lang, text } of locales) {
      sources.files.push(path);
      const { value, diagnostics } = parseYaml(text, { file: displayPath(path), line: 1, column: 1 });
      sources.diagnostics.push(...diagnostics);
      if (diagnostics.length === 0) sources.locales.set(lang, { ...sources.locales.get(lang), ...(value as Record<string, string>) });
    }
    for (const file of themes) {
      const [name, rest] = file.split('/', 2);
      if (name && rest === 'theme.css') sources.themes.set(name, join(root, 'themes', name));
    }
  }
  return sources;
}

export async function loadTheme(name: string, dir: string): Promise<LoadedTheme> {
  const files = await listFiles(dir);
  const { value, diagnostics } = files.includes('theme.yaml')
    ? parseYaml(await readFile(join(dir, 'theme.yaml'), 'utf8'), { file: displayPath(join(dir, 'theme.yaml')), line: 1, column: 1 })
    : { value: undefined, diagnostics: [] };
  const settings = (diagnostics.length === 0 ? (value ?? {}) : {}) as ThemeSettings;
  const json = async (file: string) => (files.includes(file) ? (JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>) : {});
  const [chart, pptx] = await Promise.all([json('chart-theme.json'), json('pptx-theme.json')]);
  return {
    name,
    dir,
    files: files.filter((f) => f !== 'theme.yaml' && f !== 'chart-theme.json' && f !== 'pptx-theme.json'),
    ...(await loadThemeFonts(settings.fonts ?? [], dir)),
    chart,
    pptx,
    diagnostics,
  };
}

interface ThemeSettings {
  /** Font packages: fixed files to ship, or per-language subset stylesheets (see load-theme-fonts.ts). */
  fonts?: FontEntry[];
}
