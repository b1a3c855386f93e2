#!/usr/bin/env node
/**
 * Writes src/render/builtin-templates/: the built-in Handlebars templates,
 * compiled ahead of time, one module each (run after `npx tsc -p .`):
 *   node scripts/generate-builtin-templates.js
 * tests/unit/render/precompile-templates.test.ts fails when they are out of date.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinTemplateSources } from '../lib/render/builtin-template-sources.js';
import { GENERATED_DIR, precompiledModules } from '../lib/render/precompile-templates.js';

const dir = fileURLToPath(new URL(`../src/render/${GENERATED_DIR}/`, import.meta.url));
const files = precompiledModules(await builtinTemplateSources());
await mkdir(dir, { recursive: true });
// A template that was removed leaves no module behind.
for (const name of await readdir(dir)) if (name.endsWith('.generated.ts') && !files.has(name)) await rm(join(dir, name));
for (const [name, text] of files) await writeFile(join(dir, name), text);
process.stdout.write(`wrote ${files.size} files in src/render/${GENERATED_DIR}/\n`);
