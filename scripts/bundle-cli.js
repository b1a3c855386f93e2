#!/usr/bin/env node
// Bundles the compiled CLI (lib/cli/main.js) into lib/bundle/: one file for the
// code every command needs, lazily loaded chunks for each command. Loading ~90
// small ES modules costs a short-lived CLI more than the build it runs, so the
// bin prefers this bundle; lib/ (tsc's output) stays the library entry point.
// Heavy optional parts stay external and load only when used.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { writeCodeCache } from './cache-cli.js';
import { CLI_WRAPPER_OPEN } from '../bin/cli-script.js';

const EXTERNAL = ['puppeteer', 'pdf-lib', 'vega', 'vega-lite', 'yaml', 'chokidar', 'sirv'];
const CJS_EXTERNAL = [...EXTERNAL, '@puppeteer/browsers'];
const common = { entryPoints: ['lib/cli/main.js'], bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', minifyWhitespace: true, minifySyntax: true };

await rm('lib/bundle', { recursive: true, force: true });
await build({
  ...common,
  outdir: 'lib/bundle',
  splitting: true,
  format: 'esm',
  external: EXTERNAL,
  // Bundled CommonJS packages (handlebars, csv-parse) call require().
  banner: { js: "import { createRequire as __deckpressRequire } from 'node:module'; const require = __deckpressRequire(import.meta.url);" },
});

// The same CLI as one CommonJS script, which bin/deckpress.js compiles with a V8
// code cache (bin/cli-script.js): Node 20 caches no ES module's compiled code.
// esbuild cannot split CommonJS, so every lazily imported command is inlined;
// @puppeteer/browsers (~1.5 MB with its proxy and JS-engine dependencies, used
// only by PDF commands) stays external so `build` does not read it.
const cjs = 'lib/bundle/cli.cjs';
await build({
  ...common,
  outfile: cjs,
  format: 'cjs',
  external: CJS_EXTERNAL,
  // Code finds templates/ and package.json from import.meta.url; the bundle sits
  // two folders below the package root just as lib/<dir>/*.js does.
  define: { 'import.meta.url': '__deckpressUrl' },
  banner: { js: "const __deckpressUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// A vm.Script's import() needs --experimental-vm-modules or an option that prints
// an ExperimentalWarning, so the externals it imports (some are ES modules only)
// go through __deckpressImport, an import() in the bin's own module.
const externalImport = new RegExp(`\\bimport\\(("(?:${CJS_EXTERNAL.join('|')})")\\)`, 'g');
const source = (await readFile(cjs, 'utf8')).replace(externalImport, '__deckpressImport($1)');
// Any other import() would fail at run time, in whichever command reaches it: fail here instead.
if (/\bimport\(/.test(source)) throw new Error(`${cjs} has an import() of a module not in CJS_EXTERNAL; add it there`);
// Written already wrapped as the function bin/cli-script.js calls (one string to
// compile, no 1.4 MB concatenation at start-up); the wrapper stays on line 1.
await writeFile(cjs, `${CLI_WRAPPER_OPEN}${fastDefineProperty(asciiOnly(source))}\n})`);

/**
 * esbuild escapes non-ASCII text except in regular expression literals; escaped
 * there too, the whole bundle is ASCII and the bin decodes it as latin1 (faster
 * than UTF-8 for 1.4 MB). \uXXXX means the same character in a regex literal.
 */
function asciiOnly(text) {
  const out = text.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Surrogate pairs would need \u{...} in u-mode regexes; none today, so refuse rather than guess.
  if (/\\ud[89ab]/i.test(out) && !/\\ud[89ab]/i.test(text)) throw new Error(`${cjs} has a character outside the BMP in a regex literal`);
  return out;
}

/**
 * markdown-it's build defines every class field through a Babel-style helper,
 * `_defineProperty(this, "key", value)`, which converts each key with toPrimitive
 * and typeof: ~7 ms of a 212-slide build, most of it in Token's constructor. A
 * call on `this` with a string key that no prototype defines is the same as an
 * assignment, so those calls become `this.key=value` (the helper stays for any
 * other call). If the pattern is gone from a future build, nothing is changed.
 */
function fastDefineProperty(text) {
  const call = /(^|[{,;])_defineProperty\(this,"([A-Za-z_$][\w$]*)",/g;
  let out = '';
  let last = 0;
  for (let match; (match = call.exec(text)); ) {
    const argStart = match.index + match[0].length;
    const argEnd = closingParen(text, argStart);
    if (argEnd < 0) continue;
    out += `${text.slice(last, match.index)}${match[1]}this.${match[2]}=${text.slice(argStart, argEnd)}`;
    last = argEnd + 1;
    call.lastIndex = last;
  }
  return out + text.slice(last);
}

/** Index of the ")" that closes a call whose argument starts at `from`: brackets and strings skipped; -1 if unsure. */
function closingParen(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      if (end < 0 || text.slice(i + 1, end).includes('\\') || (ch === '`' && text.slice(i + 1, end).includes('${'))) return -1;
      i = end;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return ch === ')' ? i : -1;
      depth--;
    } else if (ch === '/' || ch === '\n') return -1;
  }
  return -1;
}

writeCodeCache();
