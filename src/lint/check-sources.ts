import { diagnose } from '../diagnostics/diagnostic.js';
import type { LintRule, LintSlide } from './lint-rule.js';

// `{{ … }}` reads a data file; `\{{` is a literal brace (see data/interpolate.ts).
const DATA_REFERENCE = /(?<!\\)\{\{/;

/** A report's numbers carry their source: a chart, data table, big number or data-bound text without one is flagged. */
export const dataSources: LintRule = {
  name: 'data-sources',
  check({ slides }) {
    return slides.flatMap((slide) => {
      if ((slide.source.fm.sources ?? []).length > 0) return [];
      const what = shownData(slide);
      return what ? [diagnose('MissingSource', { file: slide.source.file, line: slide.source.line, column: 1 }, { what })] : [];
    });
  },
};

/** What data the slide shows, in words for the message; undefined when it shows none. */
function shownData(slide: LintSlide): string | undefined {
  const { fm, body } = slide.source;
  if (fm.chart) return 'a chart';
  if (fm.table) return 'a table from a data file';
  if (fm.stats && fm.stats.length > 0 && slide.layout === 'stat') return 'big numbers';
  const texts = [body.text, ...slide.markdown.map((m) => m.text)];
  if (texts.some((t) => DATA_REFERENCE.test(t))) return 'numbers from data files';
  return undefined;
}
