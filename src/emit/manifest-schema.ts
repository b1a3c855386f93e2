import { z } from 'zod';

/** Bumped whenever a field changes meaning or goes away: `diff` refuses manifests of another version. */
export const MANIFEST_VERSION = 1;

/** "sections/02-revenue.md:14:20": a place in the deck's own files, relative to the deck folder. */
const place = z.string().regex(/^[^:]+:\d+(:\d+)?$/);
/** 32 hex digits of SHA-256 of the content: equal hashes, equal content. */
const hash = z.string().regex(/^[0-9a-f]{32}$/);

export const dataCellSchema = z.object({
  file: z.string().describe('The data file, relative to the deck folder'),
  row: z.string().optional().describe("The row's key (its first column); absent in a key-value file"),
  column: z.string().describe('The column, or the key of a key-value file'),
});

export const boundValueSchema = z.object({
  shown: z.string().describe('The text shown on the slide'),
  expression: z.string().describe('The expression as written: a {{ … }} reference, or the chart or table column'),
  cells: z.array(dataCellSchema).describe('The cells it read'),
  at: place.describe('Where the expression is written'),
});

export const manifestSlideSchema = z.object({
  id: z.string(),
  /** Generated ids follow the headline: `diff` matches such slides by position and content. */
  idWritten: z.boolean().describe('Whether the id is written in front matter (else generated)'),
  number: z.number().int().min(1),
  kind: z.enum(['title', 'agenda', 'section', 'authored', 'references']),
  section: z.string().nullable().describe("The section's id"),
  layout: z.string(),
  headline: z.string().nullable().describe('The headline as plain text'),
  html: hash.describe("Hash of the slide's rendered HTML"),
  notes: hash.nullable().describe('Hash of its speaker notes'),
  parts: z.object({ text: hash, chart: hash.optional(), table: hash.optional(), notes: hash.optional(), sources: hash }).describe('Hashes of its content by part, without its number'),
  sources: z.array(z.object({ text: z.string(), url: z.string().optional() })),
  at: place.nullable().describe("Where the slide is written (null for generated slides)"),
  values: z.array(boundValueSchema),
});

export const manifestSchema = z.object({
  manifest: z.literal(MANIFEST_VERSION).describe('Manifest format version'),
  deck: z.string(),
  variant: z.string().nullable(),
  title: z.string(),
  lang: z.string(),
  slides: z.array(manifestSlideSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestSlide = z.infer<typeof manifestSlideSchema>;
export type ManifestValue = z.infer<typeof boundValueSchema>;
