#!/usr/bin/env node
// Bundles the compiled CLI (lib/cli/main.js) into lib/bundle/: one file for the
// code every command needs, lazily loaded chunks for each command. Loading ~90
// small ES modules costs a short-lived CLI more than the build it runs, so the
// bin prefers this bundle; lib/ (tsc's output) stays the library entry point.
// Heavy optional parts stay external and load only when used.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const EXTERNAL = ['puppeteer', 'pdf-lib', 'vega', 'vega-lite', 'yaml', 'chokidar', 'sirv'];

await rm('lib/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['lib/cli/main.js'],
  outdir: 'lib/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Bundled CommonJS packages (handlebars, csv-parse) call require().
  banner: { js: "import { createRequire as __deckpressRequire } from 'node:module'; const require = __deckpressRequire(import.meta.url);" },
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
});
