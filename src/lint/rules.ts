import { altTextRule } from './check-alt-text.js';
import { emptySections } from './check-empty-sections.js';
import { linkSyntax } from './check-link-syntax.js';
import { headlineLength } from './check-headline-length.js';
import { missingHeadline } from './check-missing-headline.js';
import { dataSources } from './check-sources.js';
import type { LintRule } from './lint-rule.js';

/**
 * Style checks: what lint adds to the build's own checks (YAML, schemas, layouts,
 * themes, ids, images, slide links, variants, data and charts, which every command
 * runs). Each reports warnings marked as style; none stops a build.
 */
export const RULES: readonly LintRule[] = [
  emptySections,
  missingHeadline,
  headlineLength,
  altTextRule,
  linkSyntax,
  dataSources,
];
