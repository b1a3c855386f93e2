/**
 * Every committed file that is generated from src/, by path from the repository
 * root, with the contents it must have. `npm run generate` (scripts/generate.js)
 * writes them; tests/unit/generated-files.test.ts fails when one is out of date.
 * (The headline font widths are measured in a browser instead: see
 * scripts/measure-headline-widths.js, which `npm run generate` also runs.)
 */
import { catalogueDocs } from './diagnostics/catalogue-docs.js';
import { manifestSchema } from './emit/manifest-schema.js';
import { generate, jsonSchemas } from './validate/json-schemas.js';

export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  // The build manifest is what a build writes (deck.json), not what authors write.
  const manifest = generate(manifestSchema, 'deckpress build manifest', 'dist/<deck>/deck.json (and <variant>/deck.json): the slides of one build, hashes and bound data values.');
  for (const [name, schema] of Object.entries({ ...jsonSchemas(), manifest })) files.set(`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  files.set('docs/diagnostics.md', catalogueDocs());
  return files;
}
