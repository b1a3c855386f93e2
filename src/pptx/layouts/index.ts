/** Which function lays out each layout, on which master. Layouts a project adds are laid out as content. */
import type { LayoutEnv } from '../layout-env.js';
import { MASTERS } from '../slide-masters.js';
import { layoutAgenda } from './agenda.js';
import { layoutClosing } from './closing.js';
import { layoutCompare } from './compare.js';
import { layoutContent } from './content.js';
import { layoutCover } from './cover.js';
import { layoutQuote } from './quote.js';
import { layoutReferences } from './references.js';
import { layoutSection } from './section.js';
import { layoutStat } from './stat.js';

type Layout = { master: string; place(env: LayoutEnv): void };

const LAYOUTS: Record<string, Layout> = {
  title: { master: MASTERS.title, place: layoutCover },
  section: { master: MASTERS.section, place: layoutSection },
  closing: { master: MASTERS.closing, place: layoutClosing },
  agenda: { master: MASTERS.content, place: layoutAgenda },
  references: { master: MASTERS.content, place: layoutReferences },
  stat: { master: MASTERS.content, place: layoutStat },
  quote: { master: MASTERS.content, place: layoutQuote },
  compare: { master: MASTERS.content, place: layoutCompare },
};

const CONTENT: Layout = { master: MASTERS.content, place: layoutContent };

export function pptxLayout(name: string): Layout {
  return LAYOUTS[name] ?? CONTENT;
}
