import { z } from 'zod';
import { impossibleDateReason, isCalendarDate } from '../data/calendar-date.js';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .superRefine((v, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'expected an ISO date such as 2024-10-15' });
    else if (!isCalendarDate(v)) ctx.addIssue({ code: 'custom', message: `${v} is not a date in the calendar (${impossibleDateReason(v)})` });
  });

const stringList = z.union([z.string(), z.array(z.string())]).transform((v) => (typeof v === 'string' ? [v] : v));

export const brandSchema = z.object({
  footer: z.string().optional().describe('Brand line at the bottom left of every slide'),
  tag: z.string().optional().describe('Tag shown top right beside the slide number, e.g. #stateofai'),
});

export const variantSchema = z.object({
  title: z.string().optional().describe("The variant's title (defaults to the deck's)"),
  subtitle: z.string().optional(),
  tags: z.array(z.string()).optional().describe('Include slides carrying any of these tags'),
  ids: z.array(z.string()).optional().describe('Include these slide ids'),
  sections: z.array(z.string()).optional().describe('Include these whole sections (file stem or section id)'),
  brand: brandSchema.optional(),
});

export const pdfSettingsSchema = z.object({
  fragments: z.enum(['final', 'steps']).default('final').describe('final: one page per slide; steps: one page per fragment step'),
  notes: z.union([z.literal(false), z.literal('pages')]).default(false).describe('pages: a page of speaker notes after each slide that has notes'),
  tagged: z.boolean().default(false).describe('A tagged PDF (structure for screen readers): about a third slower to print and 25% larger'),
});

export const deckSchema = z.object({
  title: z.string().min(1).describe("The deck's title"),
  subtitle: z.string().optional(),
  authors: stringList.default([]),
  date: isoDate.optional().describe('ISO date; also the PDF creation date'),
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 tag such as en or zh-Hant').default('en'),
  theme: z.string().default('report'),
  brand: brandSchema.default({}),
  subject: z.string().optional().describe('PDF subject; defaults to the subtitle'),
  keywords: z.array(z.string()).default([]),
  data: stringList.default([]).describe('Extra data folders, relative to the deck, read after data/'),
  variants: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'variant names are lowercase words and hyphens'), variantSchema).default({}),
  pdf: pdfSettingsSchema.default({ fragments: 'final', notes: false, tagged: false }),
});

export type DeckConfig = z.output<typeof deckSchema>;
export type VariantConfig = z.output<typeof variantSchema>;
