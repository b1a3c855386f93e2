// Peer tools (Marp CLI, …) live outside the project: installed once with npm into
// a cached temporary folder and reused by later runs. The project's own
// package.json and node_modules are never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** DECKPRESS_BENCH_TOOLS moves the cache (default: /tmp/deckpress-bench-tools). */
export const TOOLS_DIR = process.env.DECKPRESS_BENCH_TOOLS || join(tmpdir(), 'deckpress-bench-tools');

/**
 * Makes sure `spec` (e.g. "@marp-team/marp-cli@4") is installed in TOOLS_DIR and
 * returns the JS file of its `bin` command and its version. Only an install whose
 * major version differs from the spec's is replaced.
 * @param {{ spec: string, bin: string }} tool
 */
export function ensurePeerTool({ spec, bin }) {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  const wanted = at > 0 ? spec.slice(at + 1) : '';
  let installed = installedVersion(name);
  if (!installed || (wanted && !installed.startsWith(`${wanted.split('.')[0]}.`))) {
    process.stderr.write(`bench: installing ${spec} into ${TOOLS_DIR} (once; reused by later runs)\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', '--loglevel=error', spec], {
      stdio: ['ignore', 'inherit', 'inherit'],
      // Peers that depend on puppeteer must not download a browser: HTML conversion needs none.
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_yes: 'true' },
    });
    if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status}); the benchmark needs it as a baseline.`);
    installed = installedVersion(name);
  }
  const binLink = join(TOOLS_DIR, 'node_modules', '.bin', bin);
  if (!existsSync(binLink)) throw new Error(`${spec} has no "${bin}" command in ${TOOLS_DIR}`);
  return { script: realpathSync(binLink), version: installed };
}

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(join(TOOLS_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}
