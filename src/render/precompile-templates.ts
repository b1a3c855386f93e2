/**
 * Built-in templates compiled ahead of time, at build (scripts/precompile-templates.js
 * writes the module precompiledModule() returns into lib/render/). Each is used
 * only while the template's source is still the one it was compiled from: a
 * project's own or an edited template is compiled when a build starts.
 */
import Handlebars from 'handlebars';

/** The options every template is compiled with, ahead of time or not. */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;

export interface PrecompiledTemplate {
  /** The source it was compiled from: compared as text (no hash: node:crypto costs ~4 ms to load). */
  source: string;
  spec: TemplateSpecification;
}

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The JavaScript of lib/render/precompiled-templates.js for these templates (key: "layouts/content"). */
export function precompiledModule(templates: [key: string, source: string][]): string {
  const sorted = [...templates].sort(([a], [b]) => (a < b ? -1 : 1));
  return [
    '// Written by scripts/precompile-templates.js at build time from templates/{layouts,partials,pages}.',
    'export const PRECOMPILED_TEMPLATES = {',
    ...sorted.map(([key, source]) => `  ${JSON.stringify(key)}: { source: ${JSON.stringify(source)}, spec: ${String(Handlebars.precompile(source, COMPILE_OPTIONS))} },`),
    '};',
    '',
  ].join('\n');
}
