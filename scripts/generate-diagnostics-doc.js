#!/usr/bin/env node
/**
 * Writes docs/diagnostics.md from the diagnostics catalogue (run after `npx tsc -p .`):
 *   node scripts/generate-diagnostics-doc.js
 * tests/unit/lint/diagnostics-doc.test.ts fails when the page is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { catalogueDocs } from '../lib/diagnostics/catalogue-docs.js';

const out = fileURLToPath(new URL('../docs/diagnostics.md', import.meta.url));
await writeFile(out, catalogueDocs());
process.stdout.write(`wrote ${out}\n`);
