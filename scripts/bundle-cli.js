#!/usr/bin/env node
// Bundles the compiled CLI (lib/cli/main.js) into lib/bundle/cli.cjs, the one form the
// CLI runs in (bin/load-cli.js), then writes its V8 code cache (scripts/cache-cli.js).
// One CommonJS script because V8's code cache is per script, and Node 20 caches no
// ES module's code. lib/ (tsc's output) stays the library entry point.
// Heavy optional packages stay external and load only when a command uses them.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { writeCodeCache } from './cache-cli.js';

// read-excel-file and yauzl load only for a workbook; pptxgenjs, fflate, image-size and resvg (a native addon) load only for the PowerPoint export; ws only for --browser-url.
const EXTERNAL = ['puppeteer', '@puppeteer/browsers', 'pdf-lib', 'vega', 'vega-lite', 'yaml', 'chokidar', 'sirv', 'read-excel-file/universal', 'yauzl', 'pptxgenjs', 'fflate', 'image-size', '@resvg/resvg-js', 'ws'];
const OUT = 'lib/bundle/cli.cjs';

await rm('lib/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['lib/cli/main.js'],
  outfile: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: EXTERNAL,
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  // The file is one function expression, which bin/load-cli.js compiles as read
  // and calls with Node's CommonJS arguments, plus the import() of externals.
  // Code finds templates/ and package.json from import.meta.url: the bundle sits
  // two folders below the package root, just as lib/<dir>/*.js does.
  banner: { js: "(function (exports, require, module, __filename, __dirname, __deckpressImport) {const __deckpressUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  define: { 'import.meta.url': '__deckpressUrl' },
});

// A vm.Script's import() needs --experimental-vm-modules, so esbuild's import() of
// each external package (some are ES modules only) calls __deckpressImport instead,
// an import() in bin/load-cli.js's own module.
const source = await readFile(OUT, 'utf8');
const external = new RegExp(`\\bimport\\(("(?:${EXTERNAL.join('|')})")\\)`, 'g');
const wired = source.replace(external, '__deckpressImport($1)');
// Any other import() would fail at run time, in whichever command reaches it: fail here instead.
if (/\bimport\(/.test(wired)) throw new Error(`${OUT} has an import() of a module not in EXTERNAL; add it there`);
await writeFile(OUT, wired);

writeCodeCache();
