#!/usr/bin/env node
// Thin launcher: the CLI bundle that npm's prepare step builds (bin/load-cli.js).
import { loadCli } from './load-cli.js';

const argv = process.argv.slice(2);
process.exitCode = await loadCli(argv).exports.main(argv);
