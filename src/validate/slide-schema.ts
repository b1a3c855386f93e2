import { z } from 'zod';
import { slideSchema, sourceSchema } from './slide-fields.js';

/** Slide front matter is declared field by field in slide-fields.ts. */
export { slideSchema, sourceSchema };

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
