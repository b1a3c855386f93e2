import { altTextRule } from './check-alt-text.js';
import { emptySections } from './check-empty-sections.js';
import { headlineLength } from './check-headline-length.js';
import { markdownImages } from './check-markdown-images.js';
import { missingHeadline } from './check-missing-headline.js';
import { slideLinks } from './check-slide-links.js';
import { dataSources } from './check-sources.js';
import { variants } from './check-variants.js';
import type { LintRule } from './lint-rule.js';

/**
 * The checks lint runs after the build's own (YAML, schemas, layouts, themes, ids,
 * front matter images, data and charts), in the order a reader meets the problems.
 */
export const RULES: readonly LintRule[] = [
  variants,
  emptySections,
  missingHeadline,
  headlineLength,
  markdownImages,
  altTextRule,
  slideLinks,
  dataSources,
];
