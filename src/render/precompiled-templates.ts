/**
 * The built-in templates compiled ahead of time, by key ("layouts/content").
 * Empty in src/: the build writes lib/render/precompiled-templates.js over this
 * module's output with every built-in layout, partial and page compiled
 * (scripts/precompile-templates.js), which saves a build ~20 ms of Handlebars
 * compiling. Unit tests, which run src/, compile every template at run time.
 */
import type { PrecompiledTemplate } from './precompile-templates.js';

export const PRECOMPILED_TEMPLATES: Readonly<Record<string, PrecompiledTemplate>> = {};
