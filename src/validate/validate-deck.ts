import { hasAllowedScheme, linkScheme } from './link-schemes.js';
import { deckSchema, type DeckConfig } from '../config/deck-schema.js';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { LoadedDeck } from '../load/load-deck.js';
import type { Locate } from '../load/parse-yaml.js';
import type { TextBlock } from '../load/split-section.js';
import { checkSchema } from './check-schema.js';
import { sectionSchema, slideSchema, type SectionFrontMatter, type SlideFrontMatter } from './slide-schema.js';

export interface ValidSlide {
  file: string;
  /** Line of the slide's separator: where "this slide" is reported. */
  line: number;
  fm: SlideFrontMatter;
  locate: Locate;
  body: TextBlock;
}

export interface ValidSection {
  stem: string;
  file: string;
  fm: SectionFrontMatter;
  locate: Locate;
  slides: ValidSlide[];
}

export interface ValidDeck {
  name: string;
  dir: string;
  display: string;
  config: DeckConfig;
  configLocate: Locate;
  sections: ValidSection[];
  assets: Set<string>;
}

export interface Catalogues {
  /** Layouts an author may name in `layout:` (generated ones excluded). */
  layouts: readonly string[];
  themes: readonly string[];
}

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Checks the loaded deck against the schemas and catalogues; returns typed values and every problem found. */
export function validateDeck(loaded: LoadedDeck, catalogues: Catalogues): { deck?: ValidDeck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // deck.yaml that is missing, unreadable or not valid YAML is already reported; checking
  // its absent value would only add a misleading "title is required".
  const configUnread = loaded.diagnostics.some((d) => d.severity === 'error' && (d.file === loaded.configDisplay || d.code === 'DeckNotFound'));
  const config: { value?: DeckConfig; diagnostics: Diagnostic[] } = configUnread
    ? { diagnostics: [] }
    : checkSchema(deckSchema, loaded.config.value, loaded.config.locate, 'deck.yaml');
  diagnostics.push(...config.diagnostics);
  if (config.value && !catalogues.themes.includes(config.value.theme)) {
    const theme = config.value.theme;
    diagnostics.push(diagnose('UnknownTheme', loaded.config.locate(['theme']), { theme, suggestion: closest(theme, catalogues.themes), known: catalogues.themes.join(', ') }));
  }

  // Positions are read only when a duplicate is reported: reading one costs a full YAML parse.
  const firstUse = new Map<string, SourcePosition>();
  const sections: ValidSection[] = loaded.sections.map((section) => {
    const fallbackLocate: Locate = () => ({ file: section.display, line: 1, column: 1 });
    const locate = section.frontMatter?.locate ?? fallbackLocate;
    // Likewise a section front matter that did not parse, or was opened and never closed.
    const fmUnread = (section.frontMatter?.diagnostics.length ?? 0) > 0 ||
      (!section.split.frontMatter && section.split.unclosedAt !== undefined && section.split.slides.length === 0);
    const fm: { value?: SectionFrontMatter; diagnostics: Diagnostic[] } = fmUnread
      ? { diagnostics: [] }
      : checkSchema(sectionSchema, section.frontMatter?.value, locate, 'section front matter');
    diagnostics.push(...fm.diagnostics);
    for (const glued of section.split.gluedSeparators) {
      if (Object.hasOwn(slideSchema.shape, glued.key)) diagnostics.push(diagnose('SeparatorWithoutBlankLine', { file: section.display, line: glued.line, column: 1 }, { line: glued.line }));
    }
    const slides = section.split.slides.flatMap((raw, i): ValidSlide[] => {
      const parsed = section.slideFrontMatter[i];
      const slideLocate: Locate = parsed?.locate ?? (() => ({ file: section.display, line: raw.line, column: 1 }));
      const checked = checkSchema(slideSchema, parsed?.value, slideLocate, 'slide front matter');
      diagnostics.push(...checked.diagnostics);
      if (!checked.value) return [];
      diagnostics.push(...checkSlide(checked.value, slideLocate));
      return [{ file: section.display, line: raw.line, fm: checked.value, locate: slideLocate, body: raw.body }];
    });
    return { stem: section.stem, file: section.display, fm: fm.value ?? { title: section.stem, kind: 'main' }, locate, slides };
  });

  function checkSlide(fm: SlideFrontMatter, locate: Locate): Diagnostic[] {
    const found: Diagnostic[] = [];
    if (fm.layout !== undefined && !catalogues.layouts.includes(fm.layout)) {
      found.push(diagnose('UnknownLayout', locate(['layout']), { layout: fm.layout, suggestion: closest(fm.layout, catalogues.layouts), known: catalogues.layouts.join(', ') }));
    }
    if (fm.id !== undefined) {
      const at = locate(['id']);
      if (!ID_PATTERN.test(fm.id)) found.push(diagnose('InvalidSlideId', at, { id: fm.id }));
      const earlier = firstUse.get(fm.id);
      const first = earlier ? `${earlier.file}:${earlier.line}:${earlier.column}` : /^(title|agenda|references(-\d+)?)$/.test(fm.id) ? `the generated ${fm.id.replace(/-\d+$/, '')} slide` : undefined;
      if (first) found.push(diagnose('DuplicateSlideId', at, { id: fm.id, first }));
      else firstUse.set(fm.id, at);
    }
    fm.sources?.forEach((source, i) => {
      const url = typeof source === 'object' ? source.url : undefined;
      if (url === undefined) return;
      if (!hasAllowedScheme(url)) found.push(diagnose('UnsafeLinkScheme', locate(['sources', i, 'url']), { url, scheme: linkScheme(url) ?? '', what: 'source link' }));
      // Without a scheme, "www.sec.gov/filing" is a path beside the page: a link that goes nowhere, on the slide, in the references and in the PDF.
      else if (linkScheme(url) === undefined) found.push(diagnose('InvalidValue', locate(['sources', i, 'url']), { key: 'url', detail: `"${url}" is not a web address`, expected: sourceAddress(url) }));
    });
    if (fm.image && !loaded.assets.has(fm.image.src.replace(/^\.?\//, ''))) {
      const src = fm.image.src;
      found.push(diagnose('ImageNotFound', locate(['image', 'src']), { src, suggestion: closest(src, loaded.assets) }));
    }
    return found;
  }

  if (!config.value) return { diagnostics };
  return {
    deck: { name: loaded.name, dir: loaded.dir, display: loaded.display, config: config.value, configLocate: loaded.config.locate, sections, assets: loaded.assets },
    diagnostics,
  };
}

/** What a source's url should look like: the address with its scheme where it reads as a domain. */
function sourceAddress(url: string): string {
  const bare = url.trim().replace(/^\/+/, '');
  // www.sec.gov or sec.gov/filing; report.pdf is a file name, not a domain.
  const domain = /^(www\.[\w-]+(\.[\w-]+)+(\/|$)|[\w-]+(\.[\w-]+)+\/)/.test(bare);
  return domain ? `a full address, such as "https://${bare}"` : 'a full address that starts with https:// (or http:// or mailto:)';
}
