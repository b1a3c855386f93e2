// Loads the CLI the one way it runs: lib/bundle/cli.cjs, the whole CLI bundled by
// scripts/bundle-cli.js as one CommonJS function, compiled through vm.Script with
// the V8 code cache the build wrote (lib/bundle/cli.cache). Node 20 caches no compiled
// code itself, and compiling the 1.4 MB bundle is a large share of a short
// command's time (the README's Development section has the numbers).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';

export const BUNDLE = new URL('../lib/bundle/cli.cjs', import.meta.url);
export const CACHE = new URL('../lib/bundle/cli.cache', import.meta.url);

/**
 * The V8 flags a command runs under, set before anything is compiled. Builds,
 * lint and PDF exports finish in seconds: V8's optimizing tiers cost more than
 * they win back there (about 30% of a 212-slide build's CPU time). The dev server
 * and lint --render run long and keep them, and so does diff --report, whose PNG
 * decoding and pixel comparison are tight loops (3× slower without them). The code
 * cache is written under a build's flags (scripts/cache-cli.js calls this too); V8
 * rejects it under others.
 */
export function setV8Flags([command, ...rest]) {
  const longRun = command === 'dev' || command === 'doctor' || rest.includes('--render') || (command === 'diff' && rest.includes('--report'));
  if (!longRun) v8.setFlagsFromString('--max-opt=1');
}

// Cache file: this header line (the bundle's length and CRC-32), then V8's data.
// V8 checks the source only by its length; the checksum makes a rebuilt bundle
// ignore an old cache. Without zlib.crc32 (Node < 20.15) there is no cache.
const header = (bytes) => `deckpress-code-cache ${bytes.length}-${zlib.crc32(bytes).toString(16)}\n`;

// The bundle's import() calls of external packages go through this function
// (scripts/bundle-cli.js): a vm.Script's own import() needs an experimental flag.
const importExternal = (specifier) => import(specifier);

/**
 * Compiles and runs the bundle under the flags for `argv`, returning its exports
 * and the vm.Script (whose createCachedData() the cache writer calls).
 */
export function loadCli(argv, { useCache = true } = {}) {
  setV8Flags(argv);
  const bytes = readFileSync(BUNDLE);
  const expected = useCache && zlib.crc32 ? header(bytes) : undefined;
  const cachedData = expected && readCache(expected);
  const filename = fileURLToPath(BUNDLE);
  const script = new vm.Script(bytes.toString('utf8'), { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename), importExternal);
  return { exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected, cacheFile: () => Buffer.concat([Buffer.from(header(bytes)), script.createCachedData()]) };
}

function readCache(expected) {
  let data;
  try {
    data = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return data.toString('latin1', 0, expected.length) === expected ? data.subarray(expected.length) : undefined;
}
