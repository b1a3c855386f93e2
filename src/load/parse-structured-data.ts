import { readYaml, type Locate, type YamlPath } from './parse-yaml.js';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkWrittenCells, type WrittenCell } from '../data/check-written-cells.js';
import { buildRecord, buildTable, writtenCells, type RawRow } from '../data/infer-column-types.js';
import type { DataTable } from '../data/table.js';

type Result = { table?: DataTable; diagnostics: Diagnostic[] };
type Place = { line: number; column: number };
type Fail = (detail: string, at?: Place, fix?: string) => Result;

const SHAPES =
  'Write an array of records ([{ year: 2024, revenue: 3.7 }, …]), a table { columns: [...], rows: [[...], …] }, or a mapping of names to single values (report_slides: 212).';

/**
 * JSON and YAML data, read as every YAML of a deck is (parse-yaml.ts): values and the
 * place of each row and cell. JSON is read as YAML too (JSON is YAML 1.2), after
 * JSON.parse has had its say, so JSON files keep JSON's rules.
 */
export function parseStructuredData(text: string, name: string, file: string, json: boolean): Result {
  const fail: Fail = (detail, at = { line: 1, column: 1 }, fix) => ({
    diagnostics: [diagnose('DataParseError', { file, line: at.line, column: at.column }, { file, detail, ...(fix ? { fix } : {}) })],
  });
  const source = text.replace(/^\uFEFF/, '');
  if (json) {
    const error = jsonSyntaxError(source);
    if (error) return fail(`invalid JSON: ${error.message}`, lineColumnOf(source, error.offset));
  }
  const { value: root, locate, error } = readYaml(source, { file, line: 1, column: 1 });
  if (error) return fail(error.detail, error.at);

  // 1e999 reads as Infinity (and YAML's .inf is Infinity): no format or chart can show it.
  const infinite = nonFinite(root);
  if (infinite) {
    const at = locate(infinite.path);
    const written = /^[^\s,\]}#]+/.exec(source.split('\n')[at.line - 1]?.slice(at.column - 1) ?? '')?.[0];
    return fail(`the number ${written ?? String(infinite.value)} is not finite (it would show as "Infinity")`, at, 'Write a number within ±1.8e308, or the value as text in quotes.');
  }

  const data = { locate, fail };
  if (Array.isArray(root)) return fromSequence(root, [], name, file, data);
  if (isRecord(root)) {
    const { columns, rows } = root;
    if (Array.isArray(columns) && Array.isArray(rows)) return fromSequence(rows, ['rows'], name, file, data, columns.map(String));
    return fromMapping(root, name, file, data);
  }
  return fail('the file holds no records.', undefined, SHAPES);
}

interface Data {
  locate: Locate;
  fail: Fail;
}

function fromSequence(items: unknown[], path: YamlPath, name: string, file: string, { locate, fail }: Data, givenColumns?: string[]): Result {
  const columns: string[] = givenColumns ? [...givenColumns] : [];
  let first = 0;
  // An array of arrays without `columns` takes its first row as the header, like CSV.
  if (!givenColumns && items.length > 0 && items.every((item) => Array.isArray(item))) {
    columns.push(...(items[0] as unknown[]).map(String));
    first = 1;
  }
  const rows: RawRow[] = [];
  for (let i = first; i < items.length; i++) {
    const item = items[i];
    const itemPath = [...path, i];
    const line = locate(itemPath).line;
    if (Array.isArray(item)) {
      if (item.length !== columns.length) {
        return fail(`the row on line ${line} has ${item.length} values but there are ${columns.length} columns.`, locate(itemPath), SHAPES);
      }
      rows.push({ line, cells: Object.fromEntries(columns.map((c, j) => [c, item[j]])), locate: (column) => locate([...itemPath, columns.indexOf(column)]) });
    } else if (isRecord(item)) {
      const keys = writtenKeys(item, itemPath, locate);
      if (!givenColumns) for (const key of keys) if (!columns.includes(key)) columns.push(key);
      rows.push({ line, cells: Object.fromEntries(keys.map((key) => [key, item[key]])), locate: (column) => locate([...itemPath, column]) });
    } else {
      return fail(`the item on line ${line} is not a record.`, locate(itemPath), SHAPES);
    }
  }
  if (columns.length === 0) return fail('the file holds no records.', undefined, SHAPES);
  return { table: buildTable(name, file, columns, rows), diagnostics: checkWrittenCells(file, writtenCells(rows)) };
}

function fromMapping(map: Record<string, unknown>, name: string, file: string, { locate, fail }: Data): Result {
  const entries: { key: string; value: unknown; line: number }[] = [];
  const cells: WrittenCell[] = [];
  for (const key of writtenKeys(map, [], locate)) {
    const value = map[key];
    if (value !== null && typeof value === 'object') {
      return fail(`"${key}" holds a list or mapping; a key-value data file holds single values.`, locate([key]), SHAPES);
    }
    entries.push({ key, value, line: locate([key], 'key').line });
    cells.push({ name: key, value, at: () => locate([key]) });
  }
  return { table: buildRecord(name, file, entries), diagnostics: checkWrittenCells(file, cells) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A mapping's keys in the order they are written: a JavaScript object lists keys that
 * look like array indexes ("2024") first, which would reorder a table's columns.
 */
function writtenKeys(map: Record<string, unknown>, path: YamlPath, locate: Locate): string[] {
  const keys = Object.keys(map);
  if (!keys.some((key) => /^(0|[1-9]\d*)$/.test(key))) return keys;
  const place = new Map(keys.map((key) => [key, locate([...path, key], 'key')]));
  return keys.sort((a, b) => place.get(a)!.line - place.get(b)!.line || place.get(a)!.column - place.get(b)!.column);
}

/** The first number that is not finite (JSON 1e999, YAML .inf) and where it is, if any. */
function nonFinite(value: unknown): { path: YamlPath; value: number } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path: [], value };
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : isRecord(value) ? Object.entries(value) : [];
  for (const [step, item] of entries) {
    const found = typeof item === 'object' || typeof item === 'number' ? nonFinite(item) : undefined;
    if (found) return { path: [step, ...found.path], value: found.value };
  }
  return undefined;
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
