import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { displayPath } from './display-path.js';
import { listFilesInside, readableRoots } from './inside-project.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { readText } from './read-text.js';
import { splitSection, type SplitSection } from './split-section.js';

export interface LoadedSection {
  /** File stem, e.g. "02-revenue"; sections are ordered by it. */
  stem: string;
  display: string;
  split: SplitSection;
  frontMatter?: ParsedYaml;
  slideFrontMatter: (ParsedYaml | undefined)[];
}

export interface LoadedDeck {
  /** Folder name: the output folder and PDF name. */
  name: string;
  dir: string;
  display: string;
  config: ParsedYaml;
  configDisplay: string;
  sections: LoadedSection[];
  /** Every file under assets/, as POSIX paths relative to assets/. */
  assets: Set<string>;
  diagnostics: Diagnostic[];
}

/** One section file read: the section (unless unreadable or empty) and the problems found. */
export interface LoadedSectionFile {
  section?: LoadedSection;
  diagnostics: Diagnostic[];
}

export type YamlParser = (text: string, origin: SourcePosition) => ParsedYaml;

/** How loadDeck reads section files; the dev server answers from memory for files that did not change. */
export interface DeckReaders {
  loadSection?: (path: string, display: string) => Promise<LoadedSectionFile>;
}

export { displayPath };

/** Reads deck.yaml, every section file and the asset list. Data files are read by the data stage. */
export async function loadDeck(deckDir: string, readers: DeckReaders = {}): Promise<LoadedDeck> {
  const dir = resolve(deckDir);
  const display = displayPath(dir);
  const configDisplay = `${display}/deck.yaml`;
  const diagnostics: Diagnostic[] = [];
  const empty: ParsedYaml = { value: undefined, locate: () => ({ file: configDisplay, line: 1, column: 1 }), diagnostics: [] };
  const deck: LoadedDeck = { name: basename(dir), dir, display, config: empty, configDisplay, sections: [], assets: new Set(), diagnostics };

  // The folder listings start with deck.yaml's read: a build waits on the disk less.
  const roots = readableRoots(dir);
  const listings = Promise.all(['sections', 'assets'].map((folder) => listFilesInside(join(dir, folder), roots, (file) => `${display}/${folder}/${file}`)));
  if (!(await isFile(join(dir, 'deck.yaml')))) {
    diagnostics.push(diagnose('DeckNotFound', { file: display, line: 1, column: 1 }, { dir: display }));
    return deck;
  }
  const configText = await readText(join(dir, 'deck.yaml'), configDisplay);
  diagnostics.push(...configText.diagnostics);
  if (configText.text !== undefined) {
    deck.config = parseYaml(configText.text, { file: configDisplay, line: 1, column: 1 });
    diagnostics.push(...deck.config.diagnostics);
  }

  const [sectionListing, assetListing] = await listings;
  diagnostics.push(...sectionListing!.diagnostics, ...assetListing!.diagnostics);
  const [allSectionFiles, assetFiles] = [sectionListing!.files, assetListing!.files];
  const sectionFiles = allSectionFiles.filter((f) => f.endsWith('.md')).sort();
  // A file the loader skips must not vanish silently (dotfiles such as .gitkeep excepted).
  for (const file of allSectionFiles) {
    if (file.endsWith('.md') || file.split('/').some((p) => p.startsWith('.'))) continue;
    diagnostics.push(diagnose('UnexpectedFile', { file: `${display}/sections/${file}`, line: 1, column: 1 }, { dir: 'sections/' }));
  }
  if (sectionFiles.length === 0) {
    diagnostics.push(diagnose('NoSections', { file: configDisplay, line: 1, column: 1 }, { dir: `${display}/sections` }));
  }
  const readSection = readers.loadSection ?? ((path: string, sectionDisplay: string) => loadSection(path, sectionDisplay));
  const sections = await Promise.all(sectionFiles.map((file) => readSection(join(dir, 'sections', file), `${display}/sections/${file}`)));
  for (const { section, diagnostics: found } of sections) {
    diagnostics.push(...found);
    if (section) deck.sections.push(section);
  }
  // Dotfiles (.gitkeep, .DS_Store) are not slide assets.
  deck.assets = new Set(assetFiles.filter((f) => !f.split('/').some((p) => p.startsWith('.'))));
  return deck;
}

/**
 * Reads and splits one section file and parses its YAML blocks. `parse` may be a
 * memoized parseYaml: a long-lived process re-parses only the blocks an edit touched.
 */
export async function loadSection(path: string, display: string, parse: YamlParser = parseYaml): Promise<LoadedSectionFile> {
  const diagnostics: Diagnostic[] = [];
  const read = await readText(path, display);
  diagnostics.push(...read.diagnostics);
  if (read.text === undefined) return { diagnostics };
  const text = read.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    diagnostics.push(diagnose('EmptyFile', { file: display, line: 1, column: 1 }, {}));
    return { diagnostics };
  }
  const split = splitSection(text);
  if (split.unclosedAt) diagnostics.push(diagnose('UnclosedFrontMatter', { file: display, line: split.unclosedAt, column: 1 }, {}));
  const parseBlock = (block: { text: string; line: number } | undefined) => {
    if (!block) return undefined;
    const parsed = parse(block.text, { file: display, line: block.line, column: 1 });
    diagnostics.push(...parsed.diagnostics);
    return parsed;
  };
  const section: LoadedSection = {
    stem: file(display),
    display,
    split,
    frontMatter: parseBlock(split.frontMatter),
    slideFrontMatter: split.slides.map((s) => parseBlock(s.frontMatter)),
  };
  return { section, diagnostics };
}

function file(display: string): string {
  return basename(display).replace(/\.md$/, '');
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Files below a folder (recursively), as sorted POSIX paths; a missing folder is empty. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
