import type { LineCounter, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from './parse-yaml.js';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkCalendarDates, type WrittenCell } from '../data/calendar-date.js';
import { buildRecord, buildTable, writtenCells, type RawRow } from '../data/infer-column-types.js';
import type { DataTable } from '../data/table.js';

type Result = { table?: DataTable; diagnostics: Diagnostic[] };
/** Where a node is written: 1-based line and column. */
type At = (node: Node | null | undefined) => { line: number; column: number };

const SHAPES =
  'Write an array of records ([{ year: 2024, revenue: 3.7 }, …]), a table { columns: [...], rows: [[...], …] }, or a mapping of names to single values (report_slides: 212).';

// The yaml package keeps row positions; it loads on first use, as most decks hold CSV only.
const isMap = (node: unknown): node is YAMLMap => yaml().isMap(node);
const isSeq = (node: unknown): node is YAMLSeq => yaml().isSeq(node);
const isScalar = (node: unknown): node is Scalar => yaml().isScalar(node);

/**
 * JSON and YAML data. JSON is read through the YAML parser too (JSON is YAML 1.2),
 * because it keeps node positions: every row remembers its line.
 */
export function parseStructuredData(text: string, name: string, file: string, json: boolean): Result {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const fail = (detail: string, offset = 0, fix?: string): Result => ({
    diagnostics: [diagnose('DataParseError', { file, ...position(lines, offset) }, { file, detail, ...(fix ? { fix } : {}) })],
  });
  const source = text.replace(/^\uFEFF/, '');
  if (json) {
    const error = jsonSyntaxError(source);
    if (error) {
      lines.addNewLine(0);
      for (let i = 0; i < source.length; i++) if (source[i] === '\n') lines.addNewLine(i + 1);
      return fail(`invalid JSON: ${error.message}`, error.offset);
    }
  }
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) return fail(firstError.message.split('\n')[0] ?? firstError.code, firstError.pos[0]);

  // 1e999 reads as Infinity (and YAML's .inf is Infinity): no format or chart can show it.
  let infinite: Scalar | undefined;
  yaml().visit(doc, { Scalar: (_, node) => {
    if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
      infinite = node;
      return yaml().visit.BREAK;
    }
    return undefined;
  } });
  if (infinite) {
    const offset = infinite.range?.[0] ?? 0;
    return fail(`the number ${source.slice(offset, infinite.range?.[1] ?? offset).trim() || String(infinite.value)} is not finite (it would show as "Infinity")`, offset, 'Write a number within ±1.8e308, or the value as text in quotes.');
  }

  const root = doc.contents;
  const at: At = (node) => position(lines, node?.range?.[0] ?? 0);
  if (isSeq(root)) return fromSequence(root, name, file, at, fail);
  if (isMap(root)) {
    const columns = root.get('columns', true);
    const rows = root.get('rows', true);
    if (isSeq(columns) && isSeq(rows)) {
      return fromSequence(rows, name, file, at, fail, columns.items.map((c) => String(isScalar(c) ? c.value : c)));
    }
    return fromMapping(root, name, file, at, fail);
  }
  return fail('the file holds no records.', 0, SHAPES);
}

function fromSequence(
  seq: YAMLSeq,
  name: string,
  file: string,
  at: At,
  fail: (detail: string, offset?: number, fix?: string) => Result,
  givenColumns?: string[],
): Result {
  const items = seq.items as Node[];
  const columns: string[] = givenColumns ? [...givenColumns] : [];
  let body = items;
  // An array of arrays without `columns` takes its first row as the header, like CSV.
  if (!givenColumns && items.length > 0 && items.every((item) => isSeq(item))) {
    const [header, ...rest] = items as YAMLSeq[];
    columns.push(...(header?.items ?? []).map((c) => String(isScalar(c) ? c.value : c)));
    body = rest;
  }
  const rows: RawRow[] = [];
  for (const item of body) {
    const line = at(item).line;
    if (isMap(item)) {
      const cells: Record<string, unknown> = {};
      const nodes = new Map<string, Node | null>();
      for (const pair of item.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!givenColumns && !columns.includes(key)) columns.push(key);
        cells[key] = isScalar(pair.value) ? pair.value.value : (pair.value as Node | null)?.toJSON();
        nodes.set(key, pair.value as Node | null);
      }
      rows.push({ line, cells, locate: (column) => at(nodes.get(column)) });
    } else if (isSeq(item)) {
      const values = item.items.map((v) => (isScalar(v) ? v.value : (v as Node | null)?.toJSON()));
      if (values.length !== columns.length) {
        return fail(`the row on line ${line} has ${values.length} values but there are ${columns.length} columns.`, item.range?.[0], SHAPES);
      }
      rows.push({ line, cells: Object.fromEntries(columns.map((c, i) => [c, values[i]])), locate: (column) => at(item.items[columns.indexOf(column)] as Node) });
    } else {
      return fail(`the item on line ${line} is not a record.`, item.range?.[0], SHAPES);
    }
  }
  if (columns.length === 0) return fail('the file holds no records.', 0, SHAPES);
  return { table: buildTable(name, file, columns, rows), diagnostics: checkCalendarDates(file, writtenCells(rows)) };
}

function fromMapping(
  map: YAMLMap,
  name: string,
  file: string,
  at: At,
  fail: (detail: string, offset?: number, fix?: string) => Result,
): Result {
  const entries: { key: string; value: unknown; line: number }[] = [];
  const cells: WrittenCell[] = [];
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const value = pair.value as Node | null;
    if (value !== null && !isScalar(value)) {
      return fail(`"${key}" holds a list or mapping; a key-value data file holds single values.`, value.range?.[0], SHAPES);
    }
    entries.push({ key, value: value?.value ?? null, line: at(pair.key as Node).line });
    cells.push({ name: key, value: value?.value, at: () => at(value) });
  }
  return { table: buildRecord(name, file, entries), diagnostics: checkCalendarDates(file, cells) };
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const pos = lines.linePos(offset);
  return { line: pos.line || 1, column: pos.col || 1 };
}

/**
 * JSON.parse's verdict, so JSON files get JSON's rules (no comments, no trailing commas).
 * V8 gives a position for some errors only; a trailing comma, the usual hand-edit slip,
 * is located here.
 */
export function jsonSyntaxError(text: string): { message: string; offset: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const trailing = /,(\s*)[\]}]/.exec(text);
    if (position === undefined && trailing) {
      return { message: 'a comma before a closing bracket (JSON allows no trailing commas)', offset: trailing.index };
    }
    const short = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    return { message: short, offset: Number(position ?? 0) };
  }
}

/** 1-based line and column of an offset in text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  // Lines end at \r\n, \n or a lone \r, as editors and the other readers count them.
  const before = text.slice(0, offset);
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1, column: offset - lastBreak };
}
