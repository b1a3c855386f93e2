// Writes lib/bundle/cli.cache, the V8 code cache bin/load-cli.js compiles the CLI bundle
// with. Run by scripts/bundle-cli.js.
//
// The cache comes from a child process that builds a real deck the way
// `deckpress build` does and only then serializes the script: V8 compiles most
// functions lazily, on first call, and createCachedData() after the run includes
// them all. loadCli sets the V8 flags of a build, as the bin does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, loadCli } from '../bin/load-cli.js';

const DECK = fileURLToPath(new URL('../decks/ai-not-a-bubble', import.meta.url));

/** Runs the child; a missing cache only makes start-up slower, so this warns instead of failing the build. */
export function writeCodeCache() {
  const work = mkdtempSync(join(tmpdir(), 'deckpress-code-cache-'));
  try {
    // A copy in <temp>/decks/: its project root (chart cache, project templates) is the
    // temp folder, so the cache does not depend on what the repo's chart cache holds.
    const deck = join(work, 'decks', 'ai-not-a-bubble');
    cpSync(DECK, deck, { recursive: true });
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', deck, join(work, 'out')], { cwd: work, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr || child.stdout || `exit ${child.status ?? child.signal}`);
  } catch (error) {
    console.warn(`warning: no code cache for the CLI (start-up is slower): ${error.message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function child(deck, outDir) {
  const argv = ['build', deck, '--out', outDir];
  const loaded = loadCli(argv, { useCache: false });
  // The build's own output is not wanted; its exit code is (a broken deck would leave its paths uncompiled).
  const write = process.stdout.write;
  process.stdout.write = () => true;
  const code = await loaded.exports.main(argv);
  process.stdout.write = write;
  if (code !== 0) throw new Error(`the representative build of ${deck} exited with ${code}`);
  // Renamed into place: V8 checks the data's length but not its bytes (no checksum in release builds).
  const partial = new URL(`${CACHE.href}.${process.pid}`);
  writeFileSync(partial, loaded.cacheFile());
  renameSync(partial, CACHE);
}

if (process.argv[2] === '--child') await child(resolve(process.argv[3]), resolve(process.argv[4]));
