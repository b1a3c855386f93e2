#!/usr/bin/env node
// Thin launcher for the CLI compiled into lib/ (npm's prepare step builds it).
import { statSync } from 'node:fs';
import v8 from 'node:v8';
import { BUNDLE, loadCliScript } from './cli-script.js';

const [command, ...rest] = process.argv.slice(2);
// HTML builds and lint finish in well under a second: V8's optimizing tiers cost
// more than they win back there (about 30% of a 212-slide build's CPU time).
// Long runs keep them: the dev server, and PDF work (pdf-lib's post-processing
// runs several times slower without them). scripts/cache-cli.js writes the code
// cache under the short-run flags; V8 rejects it under others and compiles anew.
const longRun = ['dev', 'pdf', 'doctor'].includes(command) || rest.includes('--pdf') || rest.includes('--render');
if (!longRun) v8.setFlagsFromString('--max-opt=1');

// The bundles (scripts/bundle-cli.js) load faster than ~90 separate modules; they are
// used only when at least as new as tsc's output, so a bare `tsc` run is never shadowed.
// First choice: the CommonJS bundle with its code cache; then the ES module bundle.
const bundle = new URL('../lib/bundle/main.js', import.meta.url);
const compiled = new URL('../lib/cli/main.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const fresh = (url) => modified(url) >= modified(compiled);
const main = fresh(BUNDLE) ? loadCliScript().exports.main : (await import(fresh(bundle) ? bundle.href : compiled.href)).main;
process.exitCode = await main(process.argv.slice(2));
