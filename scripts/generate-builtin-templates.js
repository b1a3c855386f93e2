#!/usr/bin/env node
/**
 * Writes src/render/builtin-templates.generated.ts: the built-in Handlebars
 * templates, compiled ahead of time (run after `npx tsc -p .`):
 *   node scripts/generate-builtin-templates.js
 * tests/unit/render/precompile-templates.test.ts fails when the file is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtinTemplateSources } from '../lib/render/builtin-template-sources.js';
import { precompiledModule } from '../lib/render/precompile-templates.js';

const out = fileURLToPath(new URL('../src/render/builtin-templates.generated.ts', import.meta.url));
await writeFile(out, precompiledModule(await builtinTemplateSources()));
process.stdout.write('wrote src/render/builtin-templates.generated.ts\n');
