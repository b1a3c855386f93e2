#!/usr/bin/env node
// npm run bench [-- suite ...] [-- --keep]
// Runs every suite in bench/suites/ (or the ones named), prints each one's table
// and a summary. Exit code: 0 all targets met, 1 a target missed, 2 a suite failed.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable } from '../bench/lib/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suitesDir = join(root, 'bench', 'suites');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const wanted = args.filter((a) => !a.startsWith('-'));

if (args.includes('-h') || args.includes('--help')) {
  console.log('Usage: npm run bench [-- <suite> ...] [--keep]\n\n  --keep  keep each suite\'s temporary folder\n  BENCH_RUNS=n  timed runs per measurement (default 5)');
  process.exit(0);
}

const available = (await readdir(suitesDir)).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown suite: ${unknown.join(', ')}. Suites: ${available.join(', ')}`);
  process.exit(2);
}

let missed = 0;
let failed = 0;
const summary = [];
for (const file of wanted.length ? wanted : available) {
  const suite = await import(pathToFileURL(join(suitesDir, `${file}.js`)).href);
  const workDir = await mkdtemp(join(tmpdir(), `deckpress-bench-${file}-`));
  console.log(`\n== ${suite.name ?? file}: ${suite.description ?? ''}`);
  try {
    const { rows, notes = [] } = await suite.run({ root, workDir, log: (line) => console.log(`   ${line}`) });
    console.log(formatTable('', rows).replace(/^\n/, ''));
    for (const note of notes) console.log(`   ${note}`);
    for (const row of rows) {
      summary.push(`${row.pass ? 'PASS' : 'MISS'}  ${file}: ${row.name}`);
      if (!row.pass) missed++;
    }
  } catch (error) {
    failed++;
    summary.push(`FAIL  ${file}: ${error.message.split('\n')[0]}`);
    console.error(`suite ${file} failed: ${error.stack ?? error}`);
  } finally {
    if (keep) console.log(`   kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}
console.log(`\n${summary.join('\n')}`);
if (missed) console.log('\nWhere the time goes: node bench/profile.js [deck-dir]');
process.exitCode = failed ? 2 : missed ? 1 : 0;
