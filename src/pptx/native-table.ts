/**
 * Tables as PowerPoint tables: a `table:` data file (the same cells the HTML table
 * shows) or a Markdown table in the body, styled like the report's tables — a bold
 * header over a dark rule, thin rules between rows, numbers right-aligned, the
 * highlighted rows in the accent colour.
 */
import { dataTableCells, type DataTableSpec } from '../data/data-table-html.js';
import { findTable } from '../data/find-table.js';
import type { DeckData } from '../render/deck-data.js';
import type { ValidSlide } from '../validate/validate-deck.js';
import type { MarkdownTable, TextRun } from './markdown-runs.js';
import type { FontStyle } from './deck-font.js';
import { hex, inches, points, type PptxTheme } from './pptx-theme.js';
import type { Slide, TableCell, TableRow } from './pptxgen.js';

type Align = 'left' | 'right' | 'center';
interface Cells {
  head: { text: string | TextRun[]; align: Align }[];
  rows: { highlight: boolean; cells: (string | TextRun[])[] }[];
}

/** The slide's `table:` data file as cells, or undefined when the compile reported it broken. */
export function dataTable(slide: ValidSlide, data: DeckData, lang: string): Cells | undefined {
  const spec = slide.fm.table as DataTableSpec | undefined;
  if (!spec) return undefined;
  const table = findTable(spec.data, data.tables, slide.locate(['table', 'data'])).table;
  const cells = table ? dataTableCells(spec, table, lang, slide.locate, data.labels).cells : undefined;
  if (!cells) return undefined;
  return { head: cells.head.map((c) => ({ text: c.label, align: c.numeric ? 'right' : 'left' })), rows: cells.rows };
}

export function markdownTableCells(table: MarkdownTable): Cells {
  return {
    head: table.head.map((runs, i) => ({ text: runs, align: table.align[i] ?? 'left' })),
    rows: table.rows.map((cells) => ({ highlight: false, cells })),
  };
}

/** Adds the table at (x, y) px, `width` px wide; returns its estimated height in px. */
export function addTable(slide: Slide, cells: Cells, box: { x: number; y: number; w: number; h: number }, theme: PptxTheme, font: FontStyle): void {
  const { colors, sizes } = theme;
  const size = Math.min(sizes.table, Math.max(12, (box.h / (cells.rows.length + 1)) * 0.5));
  const rule = (color: string, pt: number) => ({ type: 'solid' as const, color: hex(color), pt });
  const none = { type: 'none' as const };
  const cell = (text: string | TextRun[], options: NonNullable<TableCell['options']>): TableCell => ({
    text: typeof text === 'string' ? text : text.map((r) => ({ text: r.text ?? '', options: { ...r.options, ...(options.color ? { color: options.color } : {}), ...(options.bold ? { bold: true } : {}) } })),
    options,
  });
  const header: TableRow = cells.head.map((h) => cell(h.text, { bold: true, color: hex(colors.ink), align: h.align, border: [none, none, rule(colors.ink, 1.5), none] }));
  const body: TableRow[] = cells.rows.map((row) =>
    row.cells.map((text, i) =>
      cell(text, { align: cells.head[i]?.align ?? 'left', color: hex(row.highlight ? colors.accent : colors.text), bold: row.highlight, border: [none, none, rule(colors.rule, 0.75), none] }),
    ),
  );
  slide.addTable([header, ...body], {
    x: inches(box.x),
    y: inches(box.y),
    w: inches(box.w),
    ...font,
    fontSize: points(size),
    margin: [points(8), points(12), points(8), points(12)].map((m) => m / 72) as [number, number, number, number],
    valign: 'middle',
    autoPage: false,
  });
}
