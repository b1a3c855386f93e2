#!/usr/bin/env node
// Build step (package.json "build:ts", after tsc, before the bundle): writes
// lib/render/precompiled-templates.js, the built-in templates compiled ahead of
// time, over the empty module tsc compiled from src/.
import { writeFile } from 'node:fs/promises';
import { builtinTemplateSources } from '../lib/render/builtin-template-sources.js';
import { precompiledModule } from '../lib/render/precompile-templates.js';

await writeFile(new URL('../lib/render/precompiled-templates.js', import.meta.url), precompiledModule(await builtinTemplateSources()));
