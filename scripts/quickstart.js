#!/usr/bin/env node
// npm start: from a fresh `npm install` to the example deck's HTML and PDF.
//   1. compile src/ to lib/ (and the CLI bundle) when lib/ is missing or older than src/
//   2. make sure a browser for the PDF exists (scripts/ensure-browser.js)
//   3. node bin/deckpress.js build --pdf decks/ai-not-a-bubble
//   4. say where the HTML and PDF are and how to open them
// Without a usable browser the HTML is still built; the exit code is then 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DECK = 'decks/ai-not-a-bubble';
const NAME = 'ai-not-a-bubble';

const step = (text) => console.log(`\n==> ${text}`);
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const fail = (text) => {
  console.error(`\nerror: ${text}`);
  process.exit(1);
};

if (Number(process.versions.node.split('.')[0]) < 20) fail(`deckpress needs Node 20 or newer; this is Node ${process.versions.node}.`);
if (!existsSync(join(root, 'node_modules', 'typescript'))) fail('Dependencies are not installed. Run: npm install && npm start');

// 1. Compile when a source file has no output or a newer one than its output.
const stale = staleSources();
if (stale.length > 0) {
  step(existsSync(join(root, 'lib')) ? `compiling (${stale.length} changed file${stale.length === 1 ? '' : 's'} in src/)` : 'compiling src/ to lib/');
  // The one build (package.json "build:ts"): tsc, then the CLI bundle the bin runs.
  if (spawnSync('npm', ['run', 'build:ts'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('The build failed (see above).');
} else {
  step('lib/ is up to date');
}

// 2. A browser for the PDF: found on the machine, or installed; else one clear instruction.
let pdf = true;
const ensureBrowser = join(root, 'scripts', 'ensure-browser.js');
if (existsSync(ensureBrowser)) {
  step('looking for a browser to print the PDF');
  if (run([ensureBrowser]) !== 0) {
    pdf = false;
    console.log('\nNo browser for the PDF (see above); building the HTML only.');
  }
} else {
  step('browser check skipped (scripts/ensure-browser.js not found); the build looks for one itself');
}

// 3. Build the example deck.
step(`node bin/deckpress.js build ${pdf ? '--pdf ' : ''}${DECK}`);
const built = run([join(root, 'bin', 'deckpress.js'), 'build', ...(pdf ? ['--pdf'] : []), DECK]);
if (built !== 0) fail(`The build failed (exit ${built}; see above).`);

// 4. Where things are.
const out = join(root, 'dist', NAME);
const html = join(out, 'index.html');
const pdfFile = join(out, `${NAME}.pdf`);
const open = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start ""' : 'xdg-open';
const show = (file) => relative(process.cwd(), file) || file;
step('done');
console.log(`HTML  ${show(html)}`);
console.log(`      open it: ${open} ${show(html)}   (or paste ${pathToFileURL(html).href} into a browser)`);
console.log('      keys: → / ← next and previous, S speaker notes, O overview, F full screen');
if (pdf && existsSync(pdfFile)) {
  console.log(`PDF   ${show(pdfFile)}\n      open it: ${open} ${show(pdfFile)}`);
} else if (pdf) {
  console.log(`PDF   not written: expected ${show(pdfFile)} (see the build's output above)`);
  process.exitCode = 1;
} else {
  console.log('PDF   skipped: no browser. Get one as described above, then run: npm start');
  process.exitCode = 1;
}
if (existsSync(join(out, 'talk', 'index.html'))) console.log(`Talk cut (variant "talk"): ${show(join(out, 'talk', 'index.html'))}`);
console.log(`Next: edit ${DECK}/data/*.csv or sections/*.md and run npm start again, or create your own deck: node bin/deckpress.js new my-deck`);

/** Source files whose compiled .js in lib/ is missing or older. */
function staleSources() {
  const src = join(root, 'src');
  const stale = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) {
        const output = join(root, 'lib', relative(src, path)).replace(/\.ts$/, '.js');
        if (!existsSync(output) || statSync(output).mtimeMs < statSync(path).mtimeMs) stale.push(path);
      }
    }
  };
  walk(src);
  return stale;
}
