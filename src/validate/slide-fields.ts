import { z } from 'zod';
import { chartSchema } from './chart-schema.js';
import type { YamlPath } from '../load/parse-yaml.js';

/**
 * Every slide front-matter field, once: its type (a zod schema, which also
 * makes the JSON Schema in schemas/), what it means, and which parts of it are
 * Markdown (rendered inline or as blocks). Validation, rendering
 * (render/slide-context.ts) and lint (lint/lint-context.ts) all read this table.
 */
type MarkdownMode = 'inline' | 'block';
/** Where a field holds Markdown: the whole value, named parts of a mapping, or parts of each list item. */
type MarkdownShape = MarkdownMode | { fields: Record<string, MarkdownMode> } | { each: Record<string, MarkdownMode> };

interface SlideField {
  schema: z.ZodType;
  describe?: string;
  markdown?: MarkdownShape;
}

export const sourceSchema = z.union([z.string(), z.object({ text: z.string(), url: z.string().optional() })]);
const markdownBlock = z.object({ title: z.string().optional(), body: z.string().optional() });
const titleAndBody = { fields: { title: 'inline', body: 'block' } } as const;

export const SLIDE_FIELDS = {
  id: { schema: z.string(), describe: 'Stable id: URL hash, link target, variant selection' },
  layout: { schema: z.string(), describe: 'content (default), split, chart, stat, quote, table, compare, image, closing' },
  tags: { schema: z.array(z.string()) },
  class: { schema: z.string(), describe: 'Extra CSS class on the slide' },
  hidden: { schema: z.boolean(), describe: 'Left out of every build' },
  sources: { schema: z.array(sourceSchema) },
  notes: { schema: z.string(), describe: 'Speaker notes (Markdown)', markdown: 'block' },
  chart: { schema: chartSchema, describe: '{ type, data, x, y, series?, format?, title?, caption?, highlight?, where?, labels? }' },
  image: { schema: z.object({ src: z.string(), alt: z.string().optional() }) },
  visual: { schema: z.enum(['left', 'right']) },
  stats: { schema: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })).max(4), markdown: { each: { value: 'inline', label: 'inline' } } },
  quote: { schema: z.string(), markdown: 'inline' },
  by: { schema: z.string(), markdown: 'inline' },
  left: { schema: markdownBlock, markdown: titleAndBody },
  right: { schema: markdownBlock, markdown: titleAndBody },
  table: { schema: z.object({ data: z.string(), columns: z.array(z.unknown()).optional() }) },
} as const satisfies Record<string, SlideField>;

type Fields = typeof SLIDE_FIELDS;
type OptionalShape = { [K in keyof Fields]: z.ZodOptional<Fields[K]['schema']> };

/** Slide front matter, every field optional. `chart` and `table` are checked in depth by the data stage. */
export const slideSchema = z.object(
  Object.fromEntries(
    Object.entries(SLIDE_FIELDS).map(([key, field]: [string, SlideField]) => [key, field.describe ? field.schema.optional().describe(field.describe) : field.schema.optional()]),
  ) as OptionalShape,
);

export interface MarkdownValue {
  path: YamlPath;
  text: string;
  mode: MarkdownMode;
}

/** The Markdown a slide's front matter holds, by the table: each text with its path and how it renders. */
export function markdownValues(fm: Record<string, unknown>): MarkdownValue[] {
  const found: MarkdownValue[] = [];
  const add = (value: unknown, path: YamlPath, mode: MarkdownMode) => {
    if (typeof value === 'string' || typeof value === 'number') found.push({ path, text: String(value), mode });
  };
  for (const [key, field] of Object.entries(SLIDE_FIELDS) as [string, SlideField][]) {
    const value = fm[key];
    const shape = field.markdown;
    if (value === undefined || shape === undefined) continue;
    if (typeof shape === 'string') add(value, [key], shape);
    else if ('fields' in shape) for (const [part, mode] of Object.entries(shape.fields)) add((value as Record<string, unknown>)[part], [key, part], mode);
    else if (Array.isArray(value)) value.forEach((item: Record<string, unknown>, i) => Object.entries(shape.each).forEach(([part, mode]) => add(item[part], [key, i, part], mode)));
  }
  return found;
}
