import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../load/parse-yaml.js';
import type { DeckModel } from '../model/types.js';
import type { ValidDeck, ValidSlide } from '../validate/validate-deck.js';
import type { ParsedMarkdown } from './slide-markdown.js';

/** One authored slide of the full build, as the rules see it. */
export interface LintSlide {
  source: ValidSlide;
  /** The slide's id in the build (written or derived). */
  id: string;
  layout: string;
  body: ParsedMarkdown;
  /** Front matter values rendered as Markdown, with the path of each (positions: the value's start). */
  markdown: { path: YamlPath; text: string }[];
}

/** What every rule reads. Pure data: rules never touch the disk. */
export interface LintContext {
  deck: ValidDeck;
  /** The full deck's build (no variant). */
  model: DeckModel;
  /** Slides in the full build, in order; hidden slides are in no build and not here. */
  slides: LintSlide[];
  /** Ids a `#link` can reach: every slide of the full build. */
  ids: ReadonlySet<string>;
  /** Files the pipeline already reported errors in; rules avoid piling guesses on them. */
  filesWithErrors: ReadonlySet<string>;
}

/** A check of content that parses and validates, but is wrong, missing or risky. */
export interface LintRule {
  name: string;
  check(context: LintContext): Diagnostic[];
}
