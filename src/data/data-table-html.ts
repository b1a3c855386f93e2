import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import { columnWords } from './column-words.js';
import { findColumn, keyMatches } from './find-table.js';
import { FORMATS, FORMAT_NAMES, formatAccepts, formatValue, isFormatName } from './formats.js';
import { parseNumber } from './infer-column-types.js';
import { rowLocation, type CellValue, type DataColumn, type DataTable } from './table.js';

export type DataTableColumnSpec = string | { name: string; label?: string; format?: string };

/** A slide's `table:` front matter: a data file, optionally some of its columns, and rows to emphasise. */
export interface DataTableSpec {
  data: string;
  columns?: DataTableColumnSpec[];
  highlight?: string | number | (string | number)[];
}

type Locate = (path: (string | number)[]) => SourcePosition;

interface ShownColumn {
  column: DataColumn;
  label: string;
  format?: string;
}

/** A data table's text, cell by cell: what the HTML table and the PowerPoint table both show. */
export interface DataTableCells {
  /** Column labels; `numeric` columns are right-aligned. */
  head: { label: string; numeric: boolean }[];
  /** Formatted cells; a highlighted row (matched by its key, the first column) is `highlight`. */
  rows: { highlight: boolean; cells: string[] }[];
}

/**
 * A plain `<table class="data-table">` from a data file: every column, or the listed
 * ones with their labels (else the data folder's labels.yaml) and formats. Number columns are right-aligned (class `num`);
 * a highlighted row gets class `highlight`.
 */
export function renderDataTable(spec: DataTableSpec, table: DataTable, lang: string, locate: Locate, labels: Readonly<Record<string, string>> = {}): { html: string; diagnostics: Diagnostic[] } {
  const { cells, diagnostics } = dataTableCells(spec, table, lang, locate, labels);
  if (!cells) return { html: '', diagnostics };
  const num = (numeric: boolean) => (numeric ? ' class="num"' : '');
  const head = cells.head.map((c) => `<th${num(c.numeric)}>${escapeHtml(c.label)}</th>`).join('');
  const body = cells.rows.map((row) => {
    const tds = row.cells.map((text, i) => `<td${num(cells.head[i]!.numeric)}>${escapeHtml(text)}</td>`).join('');
    return `<tr${row.highlight ? ' class="highlight"' : ''}>${tds}</tr>`;
  });
  return { html: `<table class="data-table"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`, diagnostics };
}

/** Every column of the data file, or the listed ones with their labels and formats, as formatted text. */
export function dataTableCells(spec: DataTableSpec, table: DataTable, lang: string, locate: Locate, labels: Readonly<Record<string, string>> = {}): { cells?: DataTableCells; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (table.unreadable) return { diagnostics };
  const shown: ShownColumn[] = [];
  const wanted = spec.columns ?? table.columns.map((c) => c.name);
  wanted.forEach((entry, i) => {
    const { name, label, format } = typeof entry === 'string' ? { name: entry, label: undefined, format: undefined } : entry;
    const path = typeof entry === 'string' ? ['table', 'columns', i] : ['table', 'columns', i, 'name'];
    const found = findColumn(table, String(name), locate(spec.columns ? path : ['table', 'data']));
    diagnostics.push(...found.diagnostics);
    if (format !== undefined && !isFormatName(format)) {
      const suggestion = closest(format, FORMAT_NAMES);
      diagnostics.push(diagnose('UnknownFormat', locate(['table', 'columns', i, 'format']), { format, known: FORMAT_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) }));
      return;
    }
    if (!found.column) return;
    if (format !== undefined) {
      const bad = table.rows.find((r) => !formatAccepts(numeric(r.values[found.column!.name] ?? null), format));
      if (bad) {
        const code = FORMATS[format as keyof typeof FORMATS].accepts === 'date' ? 'NotADate' : 'NotANumber';
        diagnostics.push(diagnose(code, locate(['table', 'columns', i, 'format']), { value: String(bad.values[found.column.name]), at: rowLocation(table, bad.line, found.column.name), column: found.column.name, purpose: `the "${format}" format` }));
        return;
      }
    }
    const column = found.column;
    shown.push({ column, label: label ?? labels[column.name] ?? columnWords(column.name), ...(format ? { format } : {}) });
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const keyColumn = table.columns[0]?.name ?? '';
  const highlights = spec.highlight === undefined ? [] : Array.isArray(spec.highlight) ? spec.highlight : [spec.highlight];
  const head = shown.map((c) => ({ label: c.label, numeric: c.column.type === 'number' }));
  const rows = table.rows.map((row) => ({
    highlight: highlights.some((h) => keyMatches(row.values[keyColumn], String(h))),
    cells: shown.map((c) => cellText(row.values[c.column.name] ?? null, c, lang)),
  }));
  return { cells: { head, rows }, diagnostics };
}

function cellText(value: CellValue, shown: ShownColumn, lang: string): string {
  return shown.format ? formatValue(numeric(value), shown.format, lang) : formatValue(value, undefined, lang, shown.column);
}

/** Numbers in a column typed text (because of some other cell) still format as numbers. */
function numeric(value: CellValue): CellValue {
  return typeof value === 'string' ? (parseNumber(value) ?? value) : value;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
