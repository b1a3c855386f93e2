#!/usr/bin/env node
// Where does `deckpress build` spend its time?
//   node bench/profile.js [deck-dir]      (default: the 212-slide synthetic deck)
// Prints (1) the import time of each dependency and of deckpress's own modules,
// measured in a fresh process in load order, (2) the pipeline's stages timed in
// process, and (3) a CPU profile of the real CLI run summed by package and function.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summarizeProfile } from './lib/cpu-profile.js';
import { syntheticContent, writeDeckpressDeck } from './lib/synthetic-deck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = await mkdtemp(join(tmpdir(), 'deckpress-profile-'));
const deckDir = process.argv[2] ? resolve(process.argv[2]) : await writeDeckpressDeck(join(work, 'decks', 'synthetic'), syntheticContent({ slides: 212 }));
const out = join(work, 'out');
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;

// (1) + (2): one fresh process; every import and stage is timed with performance.now().
const probe = join(work, 'probe.mjs');
await writeFile(probe, `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const rows = [];
const time = async (label, fn) => { const t = performance.now(); const r = await fn(); rows.push([label, performance.now() - t]); return r; };
const started = performance.now();
// Third-party packages the build path imports, heaviest first; each row is that package alone
// (a package's own dependencies are counted with it).
for (const pkg of ['zod', 'yaml', 'markdown-it', 'handlebars', 'csv-parse/sync']) {
  await time('import ' + pkg, () => import(pathToFileURL(require.resolve(pkg)).href).catch(() => undefined));
}
await time('import deckpress lib/cli/main.js + build.js (own modules)', async () => {
  await import(${JSON.stringify(pathToFileURL(join(root, 'lib/cli/main.js')).href)});
  await import(${JSON.stringify(pathToFileURL(join(root, 'lib/cli/build.js')).href)});
});
const pipeline = await import(${JSON.stringify(pathToFileURL(join(root, 'lib/pipeline.js')).href)});
const compiled = await time('compileDeck (load, validate, model, render)', () => pipeline.compileDeck(${JSON.stringify(deckDir)}));
await time('writeDeck (emit dist/, copy reveal.js, theme, media)', () => pipeline.writeDeck(compiled, ${JSON.stringify(out)}));
rows.push(['process total after node start-up', performance.now() - started]);
console.log(JSON.stringify({ rows, slides: compiled.targets[0]?.model.slides.length, diagnostics: compiled.diagnostics.length }));
`);
const nodeStart = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  nodeStart.push(performance.now() - t);
}
const probed = spawnSync(process.execPath, [probe], { cwd: work, encoding: 'utf8' });
if (probed.status !== 0) throw new Error(probed.stderr);
const { rows, slides } = JSON.parse(probed.stdout.trim().split('\n').pop());
console.log(`deck: ${deckDir} (${slides} slides)\n\n(1)+(2) one process, timed in order`);
console.log(`${ms(nodeStart.sort((a, b) => a - b)[2])}  node start-up and exit (node -e 0, median of 5)`);
for (const [label, t] of rows) console.log(`${ms(t)}  ${label}`);

// (3) the real CLI under the sampling profiler.
const profDir = join(work, 'prof');
const profiled = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100', join(root, 'bin/deckpress.js'), 'build', deckDir, '--out', out], { cwd: work, encoding: 'utf8' });
if (profiled.status !== 0) throw new Error(profiled.stderr || profiled.stdout);
const summary = await summarizeProfile(join(profDir, (await readdir(profDir))[0]));
console.log(`\n(3) CPU profile of deckpress build: ${summary.totalMs.toFixed(0)} ms sampled (self time)`);
for (const [bucket, t] of summary.buckets.slice(0, 15)) console.log(`${ms(t)}  ${bucket}`);
console.log('\ntop functions (self time)');
for (const [fn, t] of summary.functions.slice(0, 20)) console.log(`${ms(t)}  ${fn}`);
if (process.env.KEEP) console.log(`\nkept ${work}`);
else await rm(work, { recursive: true, force: true });
