#!/usr/bin/env node
// Thin launcher for the CLI compiled into lib/ (npm's prepare step builds it).
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

const command = process.argv[2];
// One-shot commands finish in well under a second: V8's optimizing tiers cost
// more to run than they win back (about 30% of a 212-slide build's CPU time).
// The long-running dev server keeps them.
if (command !== 'dev') v8.setFlagsFromString('--max-opt=1');

// The bundle (scripts/bundle-cli.js) loads faster than ~90 separate modules.
const bundle = new URL('../lib/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
