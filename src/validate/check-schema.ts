import { z } from 'zod';

// zod compiles each object schema into a function with new Function() on its first
// parse; that code is compiled afresh in every process (no code cache can hold it)
// and costs more than it saves on a deck's few hundred front matter blocks.
z.config({ jitless: true });
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../diagnostics/suggest.js';
import type { Locate, YamlPath } from '../load/parse-yaml.js';

export interface Checked<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/**
 * Validates parsed YAML against a zod schema. Each zod issue becomes a
 * diagnostic at the offending key or value; keys the schema does not know are
 * warnings (with a "did you mean"), since an ignored key must never be silent.
 */
export function checkSchema<S extends z.ZodType>(schema: S, input: unknown, locate: Locate, where: string): Checked<z.output<S>> {
  const diagnostics = findUnknownKeys(schema, input, [], locate, where);
  const result = schema.safeParse(input ?? {});
  if (result.success) return { value: result.data, diagnostics };
  for (const issue of result.error.issues.flatMap(meantIssues)) diagnostics.push(toDiagnostic(issue, input, locate, where));
  return { diagnostics };
}

/**
 * A union (sources: text or { text, url }) fails as a whole with "Invalid input". When
 * the value has the shape of one option, that option's own problems say what is wrong
 * ("sources.0.text" is required), at the nested key.
 */
function meantIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.find((option) => option.length > 0 && !option.every((e) => e.code === 'invalid_type' && e.path.length === 0));
  if (!meant) return [issue];
  return meant.flatMap((inner) => meantIssues({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

function toDiagnostic(issue: z.core.$ZodIssue, input: unknown, locate: Locate, where: string): Diagnostic {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = path.length ? path.join('.') : where;
  if (issue.code === 'invalid_type' && valueAt(input, path) === undefined) {
    return diagnose('MissingKey', locate(path.slice(0, -1), 'key'), { key, where });
  }
  const detail =
    issue.code === 'invalid_type'
      ? `expected ${issue.expected}, got ${describe(valueAt(input, path))}`
      : issue.code === 'invalid_value'
        ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.code === 'invalid_union'
          ? `${describe(valueAt(input, path))} is none of the accepted forms`
          : issue.message.replace(/^Invalid input: /, '');
  return diagnose('InvalidValue', locate(path), { key, detail });
}

function findUnknownKeys(schema: z.ZodType, value: unknown, path: YamlPath, locate: Locate, where: string): Diagnostic[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isRecord(value)) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const known = Object.keys(shape);
    return Object.entries(value).flatMap(([key, child]) => {
      const childSchema = shape[key];
      if (childSchema) return findUnknownKeys(childSchema, child, [...path, key], locate, where);
      const place = path.length ? `${where} (${path.join('.')})` : where;
      return [diagnose('UnknownKey', locate([...path, key], 'key'), { key, where: place, suggestion: closest(key, known), known: known.join(', ') })];
    });
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => findUnknownKeys(inner.element as z.ZodType, item, [...path, i], locate, where));
  }
  if (inner instanceof z.ZodRecord && isRecord(value)) {
    return Object.entries(value).flatMap(([key, child]) => findUnknownKeys(inner.valueType as z.ZodType, child, [...path, key], locate, where));
  }
  if (inner instanceof z.ZodUnion) {
    const objectOption = (inner.options as z.ZodType[]).find((o) => unwrap(o) instanceof z.ZodObject);
    if (objectOption && isRecord(value)) return findUnknownKeys(objectOption, value, path, locate, where);
  }
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

function valueAt(input: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>((v, step) => (isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[step] : undefined), input);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
