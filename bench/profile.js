#!/usr/bin/env node
// Where does `deckpress build` spend its time?
//   node bench/profile.js [deck-dir]      (default: the 212-slide synthetic deck)
// Prints (1) the cost of each dependency's import and of deckpress's own modules,
// then compileDeck and writeDeck, timed in one fresh process in load order (wall
// and CPU time: on a busy machine trust CPU), and (2) a CPU profile of the real
// CLI run: inclusive time per pipeline stage, self time per package, top functions.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inclusiveTimes, summarizeProfile } from './lib/cpu-profile.js';
import { syntheticContent, writeDeckpressDeck } from './lib/synthetic-deck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = await mkdtemp(join(tmpdir(), 'deckpress-profile-'));
const deckDir = process.argv[2] ? resolve(process.argv[2]) : await writeDeckpressDeck(join(work, 'decks', 'synthetic'), syntheticContent({ slides: 212 }));
const out = join(work, 'out');
const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
const url = (path) => JSON.stringify(pathToFileURL(join(root, path)).href);

/** Packages on the build path, imported one by one first so each row is that package alone. */
const PACKAGES = ['zod', 'yaml', 'markdown-it', 'handlebars', 'csv-parse/sync'];
/** deckpress functions whose inclusive time is shown (the pipeline's stages and their big steps). */
const STAGES = ['main', 'compileDeck', 'loadDeck', 'loadTemplates', 'validateDeck', 'loadTheme', 'compileTemplates', 'buildModel',
  'renderDeck', 'slideContext', 'renderSlideMarkdown', 'writeDeck', 'emitSite', 'replaceDirAtomic'];

// (1) one fresh process; every import and stage timed with performance.now() and process.cpuUsage().
const probe = join(work, 'probe.mjs');
await writeFile(probe, `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const rows = [];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = async (label, fn) => {
  const t = performance.now(), c = cpu();
  const r = await fn();
  rows.push([label, performance.now() - t, cpu() - c]);
  return r;
};
rows.push(['node start-up until the first line of this script (CPU)', NaN, cpu()]);
const t0 = performance.now(), c0 = cpu();
for (const pkg of ${JSON.stringify(PACKAGES)}) await time('import ' + pkg, () => import(pathToFileURL(require.resolve(pkg)).href).catch(() => undefined));
await time('import deckpress lib/cli/main.js + lib/cli/build.js (own modules on top)', async () => {
  await import(${url('lib/cli/main.js')});
  await import(${url('lib/cli/build.js')});
});
const pipeline = await import(${url('lib/pipeline.js')});
const compiled = await time('compileDeck (load, validate, model, render)', () => pipeline.compileDeck(${JSON.stringify(deckDir)}));
await time('writeDeck (write dist/, copy reveal.js, theme, media)', () => pipeline.writeDeck(compiled, ${JSON.stringify(out)}));
rows.push(['all of the above', performance.now() - t0, cpu() - c0]);
console.log(JSON.stringify({ rows, slides: compiled.targets[0]?.model.slides.length, errors: compiled.diagnostics.filter((d) => d.severity === 'error').length }));
`);
const probed = spawnSync(process.execPath, [probe], { cwd: work, encoding: 'utf8' });
if (probed.status !== 0) throw new Error(probed.stderr);
const { rows, slides, errors } = JSON.parse(probed.stdout.trim().split('\n').pop());
console.log(`deck: ${deckDir} (${slides} slides${errors ? `, ${errors} errors` : ''})\n\n(1) one process, in load order      wall          CPU`);
for (const [label, wall, cpu] of rows) console.log(`${wall === null ? '          ' : ms(wall)}  ${ms(cpu)}  ${label}`);

// (2) the real CLI under the sampling profiler.
const profDir = join(work, 'prof');
const profiled = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=100', join(root, 'bin/deckpress.js'), 'build', deckDir, '--out', out], { cwd: work, encoding: 'utf8' });
if (profiled.status !== 0) throw new Error(profiled.stderr || profiled.stdout);
const file = join(profDir, (await readdir(profDir))[0]);
const summary = await summarizeProfile(file);
console.log(`\n(2) CPU profile of \`deckpress build\`: ${summary.totalMs.toFixed(0)} ms of samples`);
console.log('\ninclusive time of pipeline stages (deckpress functions and all they call)');
const stages = await inclusiveTimes(file, ({ functionName, url: u }) => (u.includes(`${root}/lib/`) && STAGES.includes(functionName) ? functionName : undefined));
for (const [name, t] of stages.sort((a, b) => STAGES.indexOf(a[0]) - STAGES.indexOf(b[0]))) console.log(`${ms(t)}  ${name}`);
console.log('\nself time by package / module');
for (const [bucket, t] of summary.buckets.slice(0, 15)) console.log(`${ms(t)}  ${bucket}`);
console.log('\ntop functions (self time)');
for (const [fn, t] of summary.functions.slice(0, 20)) console.log(`${ms(t)}  ${fn}`);
if (process.env.KEEP) console.log(`\nkept ${work}`);
else await rm(work, { recursive: true, force: true });
