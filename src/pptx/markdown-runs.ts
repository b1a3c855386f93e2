/**
 * Markdown tokens (from the deck's one markdown-it instance) as PowerPoint text:
 * paragraphs of runs with bold, italic, code and links kept, list items as bullets
 * at their level, the blockquote as the takeaway line. Tables and images are handed
 * back for the layout to place as native tables and pictures.
 */
import type { HyperlinkProps, TextProps } from './pptxgen.js';
import type { Token } from 'markdown-it';
import { hex, points, type PptxTheme } from './pptx-theme.js';

export type TextRun = TextProps;
type RunOptions = NonNullable<TextRun['options']>;

export interface RunContext {
  theme: PptxTheme;
  /** Colour of plain text, and of bold text (the report's bold is ink). */
  color: string;
  strongColor: string;
  /** Links: the theme's dark accent unless the background asks for another (the closing slide's white). */
  linkColor?: string;
  /** Type size in CSS px. */
  fontSize: number;
  /** A link's target: an external URL, a slide of this file, or undefined to keep its text only. */
  link(href: string): HyperlinkProps | undefined;
}

export interface MarkdownImage {
  src: string;
  alt: string;
}

/** A Markdown table: header cells, then rows, each cell its runs; `align` per column. */
export interface MarkdownTable {
  head: TextRun[][];
  rows: TextRun[][][];
  align: ('left' | 'right' | 'center')[];
}

export interface MarkdownText {
  runs: TextRun[];
  images: MarkdownImage[];
  tables: MarkdownTable[];
}

/** Block tokens of a body (or a compare column) as paragraphs. */
export function markdownRuns(tokens: readonly Token[], ctx: RunContext): MarkdownText {
  const out: MarkdownText = { runs: [], images: [], tables: [] };
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let heading = false;
  let firstInItem = false;
  const space = points(14);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        firstInItem = true;
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'table_open': {
        const end = tokens.findIndex((t, j) => j > i && t.type === 'table_close');
        out.tables.push(markdownTable(tokens.slice(i, end), ctx, out.images));
        i = end;
        break;
      }
      case 'fence':
      case 'code_block':
        out.runs.push(...paragraph([{ text: token.content.replace(/\n$/, ''), options: { fontFace: 'Courier New', color: hex(ctx.color) } }], { paraSpaceAfter: space }));
        break;
      case 'inline': {
        const list = lists[lists.length - 1];
        const para: RunOptions = { paraSpaceAfter: list ? points(12) : space };
        if (list && firstInItem) {
          para.bullet = list.ordered ? { type: 'number', numberStartAt: list.next++ } : { characterCode: '2022', indent: points(ctx.fontSize * 1.2) };
          para.indentLevel = lists.length - 1;
          firstInItem = false;
        } else if (list) {
          para.indentLevel = lists.length - 1;
        }
        const style: RunOptions = {};
        if (quote > 0) Object.assign(style, { color: hex(ctx.theme.colors.accent), bold: true });
        if (heading) Object.assign(style, { color: hex(ctx.strongColor), bold: true });
        const runs = inlineRuns(token.children ?? [], ctx, style, out.images);
        if (quote > 0 && runs.length > 0) runs.unshift({ text: '→ ', options: { ...style } });
        if (quote > 0) para.paraSpaceBefore = points(22) - space;
        out.runs.push(...paragraph(runs, para));
        break;
      }
      case 'html_block': {
        const text = token.content.replace(/<[^>]*>/g, '').trim();
        if (text) out.runs.push(...paragraph([{ text, options: {} }], { paraSpaceAfter: space }));
        break;
      }
    }
  }
  return out;
}

/** Inline tokens as runs: each run carries its own bold/italic/link state. */
export function inlineRuns(children: readonly Token[], ctx: RunContext, base: RunOptions = {}, images: MarkdownImage[] = []): TextRun[] {
  const runs: TextRun[] = [];
  const state = { bold: 0, italic: 0, strike: 0 };
  let link: HyperlinkProps | undefined;
  const push = (text: string, extra: RunOptions = {}) => {
    if (!text) return;
    const options: RunOptions = { color: hex(ctx.color), ...base, ...extra };
    if (state.bold > 0) Object.assign(options, { bold: true, color: base.color ?? hex(ctx.strongColor) });
    if (state.italic > 0) options.italic = true;
    if (state.strike > 0) options.strike = 'sngStrike';
    if (link) Object.assign(options, { hyperlink: link, color: base.color ?? hex(ctx.linkColor ?? ctx.theme.colors.accentDark) });
    runs.push({ text, options });
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(token.content);
        break;
      case 'code_inline':
        push(token.content, { fontFace: 'Courier New' });
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
      case 'strong_close':
        state.bold += token.nesting;
        break;
      case 'em_open':
      case 'em_close':
        state.italic += token.nesting;
        break;
      case 's_open':
      case 's_close':
        state.strike += token.nesting;
        break;
      case 'link_open':
        link = ctx.link(String(token.attrGet('href') ?? ''));
        break;
      case 'link_close':
        link = undefined;
        break;
      case 'image':
        images.push({ src: String(token.attrGet('src') ?? ''), alt: token.content });
        break;
      case 'html_inline':
        break;
      default:
        push(token.content);
    }
  }
  return runs;
}

/**
 * Ends a paragraph: its options on its first run (pptxgenjs starts a new paragraph
 * at every run that has a bullet), a line break after its last.
 */
export function paragraph(runs: TextRun[], para: RunOptions): TextRun[] {
  if (runs.length === 0) return [];
  return runs.map((run, i) => ({ text: run.text ?? '', options: { ...run.options, ...(i === 0 ? para : {}), ...(i === runs.length - 1 ? { breakLine: true } : {}) } }));
}

function markdownTable(tokens: readonly Token[], ctx: RunContext, images: MarkdownImage[]): MarkdownTable {
  const table: MarkdownTable = { head: [], rows: [], align: [] };
  let row: TextRun[][] | undefined;
  let inHead = false;
  for (const token of tokens) {
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (inHead) table.head = row;
      else table.rows.push(row);
    } else if ((token.type === 'th_open' || token.type === 'td_open') && inHead) {
      const style = String(token.attrGet('style') ?? '');
      table.align.push(style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left');
    } else if (token.type === 'inline' && row) row.push(inlineRuns(token.children ?? [], ctx, {}, images));
  }
  return table;
}
