// Loads the CommonJS bundle of the CLI (lib/bundle/cli.cjs) through vm.Script with
// a V8 code cache: Node 20 has no compile cache for ES modules, and compiling the
// ~1.3 MB bundle is a good share of a short command's time. The cache is written
// at package build time (scripts/cache-cli.js) after a representative build, so it
// holds the functions a build compiles lazily, not just the top level.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';

export const BUNDLE = new URL('../lib/bundle/cli.cjs', import.meta.url);
/**
 * The bundle is stored as one function expression, so start-up compiles the file
 * as read (no 1.4 MB concatenation): Node's CommonJS wrapper plus __deckpressImport,
 * opened on line 1 so stack traces keep the file's line numbers.
 */
export const CLI_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname, __deckpressImport) {';
export const CACHE = new URL('../lib/bundle/cli.cache', import.meta.url);

// Cache file: this header line (the bundle's length and checksum), then V8's data.
// V8 rejects data from another V8 version or flag set, but checks the source only
// by its length: the checksum makes an edited or rebuilt bundle ignore an old
// cache. CRC-32 (zlib, Node ≥ 20.15) rather than SHA-1: node:crypto alone takes
// ~4 ms to load, and this guards against accidents, not attacks.
const header = (hash) => `deckpress-code-cache ${hash}\n`;
const checksum = (bytes) =>
  zlib.crc32 ? `crc32-${bytes.length}-${zlib.crc32(bytes).toString(16)}` : `sha1-${createRequire(import.meta.url)('node:crypto').createHash('sha1').update(bytes).digest('hex')}`;

// The bundle's import() calls of external packages (scripts/bundle-cli.js): a
// vm.Script's own import() needs an experimental flag. bin/ and lib/bundle/ resolve
// packages from the same node_modules folders.
const importExternal = (specifier) => import(specifier);

/**
 * Compiles and runs the bundle, returning its exports and the vm.Script (whose
 * createCachedData() the cache writer calls).
 */
export function loadCliScript({ useCache = true } = {}) {
  const bytes = readFileSync(BUNDLE);
  const hash = checksum(bytes);
  const cachedData = useCache ? readCache(header(hash)) : undefined;
  const filename = fileURLToPath(BUNDLE);
  // latin1: scripts/bundle-cli.js makes the bundle pure ASCII, and this decodes it faster than UTF-8.
  const script = new vm.Script(bytes.toString('latin1'), { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename), importExternal);
  return { exports: module.exports, script, hash, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
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

/** What the cache writer stores: the header for this bundle, then V8's data. */
export const cacheFileContents = ({ script, hash }) => Buffer.concat([Buffer.from(header(hash), 'latin1'), script.createCachedData()]);
