import { z } from 'zod';
import { chartSchema } from './chart-schema.js';

export const sourceSchema = z.union([
  z.string(),
  z.object({ text: z.string(), url: z.string().optional() }),
]);

const markdownBlock = z.object({ title: z.string().optional(), body: z.string().optional() });

/** Slide front matter. `chart` and `table` are checked in depth by the data stage. */
export const slideSchema = z.object({
  id: z.string().optional().describe('Stable id: URL hash, link target, variant selection'),
  layout: z.string().optional().describe('content (default), split, chart, stat, quote, table, compare, image, closing'),
  tags: z.array(z.string()).optional(),
  class: z.string().optional().describe('Extra CSS class on the slide'),
  hidden: z.boolean().optional().describe('Left out of every build'),
  sources: z.array(sourceSchema).optional(),
  notes: z.string().optional().describe('Speaker notes (Markdown)'),
  chart: chartSchema.optional().describe('{ type, data, x, y, series?, format?, title?, caption?, highlight?, where?, labels? }'),
  image: z.object({ src: z.string(), alt: z.string().optional() }).optional(),
  visual: z.enum(['left', 'right']).optional(),
  stats: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })).max(4).optional(),
  quote: z.string().optional(),
  by: z.string().optional(),
  left: markdownBlock.optional(),
  right: markdownBlock.optional(),
  table: z.object({ data: z.string(), columns: z.array(z.unknown()).optional() }).optional(),
});

export const sectionSchema = z.object({
  title: z.string().min(1).describe("Shown on the section's divider slide"),
  nav: z.string().optional().describe('Short label for the nav bar'),
  id: z.string().optional(),
  kind: z.enum(['main', 'appendix']).default('main').describe('appendix sections are left out of talk variants'),
  hidden: z.boolean().optional(),
});

export type SlideFrontMatter = z.output<typeof slideSchema>;
export type SectionFrontMatter = z.output<typeof sectionSchema>;
export type Source = z.output<typeof sourceSchema>;
