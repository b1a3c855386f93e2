#!/usr/bin/env node
/**
 * Writes schemas/deck.schema.json, slide.schema.json and section.schema.json from
 * the zod schemas (run after `npx tsc -p .`):
 *   node scripts/generate-schemas.js
 * tests/unit/lint/json-schemas.test.ts fails when the files are out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../lib/validate/json-schemas.js';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  await writeFile(`${dir}${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}.schema.json\n`);
}
