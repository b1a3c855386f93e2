#!/usr/bin/env node
/**
 * npm run generate: writes every committed generated file, straight from src/
 * (no build needed: esbuild compiles src/generated-files.ts on the fly).
 *   - schemas/*.schema.json and docs/diagnostics.md (src/generated-files.ts);
 *   - src/lint/headline-font-widths.ts, measured in a browser, only when the
 *     headline font file changed (or with --measure).
 * tests/unit/generated-files.test.ts fails when any of them is out of date.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { headlineFontState } from './headline-font.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Two folders below the root, as lib/<dir>/ is: code that finds templates/ from import.meta.url still does.
const compiled = join(root, 'node_modules', '.cache', 'deckpress-generate.mjs');
await build({ entryPoints: [join(root, 'src', 'generated-files.ts')], outfile: compiled, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
const { generatedFiles } = await import(pathToFileURL(compiled).href);
for (const [path, text] of generatedFiles()) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
  process.stdout.write(`wrote ${path}\n`);
}

const font = await headlineFontState();
if (process.argv.includes('--measure') || !font.current) {
  const measured = spawnSync(process.execPath, [join(root, 'scripts', 'measure-headline-widths.js')], { stdio: 'inherit' });
  if (measured.status !== 0) process.exit(measured.status ?? 1);
} else {
  process.stdout.write(`${font.file} is current (measured from ${font.font})\n`);
}
