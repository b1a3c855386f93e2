#!/usr/bin/env node
// Thin launcher for the CLI compiled into lib/ (npm's prepare step builds it).
import { statSync } from 'node:fs';
import v8 from 'node:v8';
import { BUNDLE, loadCliScript } from './cli-script.js';

const [command, ...rest] = process.argv.slice(2);
// Builds, lint and PDF exports of a deck finish in seconds: V8's optimizing tiers
// cost more than they win back there (about 30% of a 212-slide build's CPU time),
// and the code cache scripts/cache-cli.js writes is made under these flags (V8
// rejects it under others). The PDF's own work is Chrome's, and its post-processing
// is native zlib. The dev server and lint --render run long and keep the tiers.
const longRun = ['dev', 'doctor'].includes(command) || rest.includes('--render');
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
