#!/usr/bin/env node
/**
 * Makes sure a browser for PDF export exists, before anything is compiled (the
 * README's quick start runs it first). Plain ESM JavaScript on purpose.
 *
 * 1. Look where deckpress looks (src/pdf/find-browser.ts, same order):
 *    CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, system Chrome/Chromium/Edge.
 * 2. None: download chrome-headless-shell into puppeteer's cache with
 *    @puppeteer/browsers (puppeteer's own downloader), where the network allows.
 * 3. Still none and running as root with apt-get: `apt-get install -y chromium`.
 * 4. Otherwise: one clear instruction, exit 1.
 *
 * Prints the browser's path on stdout (so `CHROME_PATH=$(node scripts/ensure-browser.js)` works),
 * everything else on stderr. Options: --no-download, --no-install (skip steps 2 and 3).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const log = (line) => process.stderr.write(`deckpress: ${line}\n`);

export async function ensureBrowser({ env = process.env, download = true, install = true } = {}) {
  const found = await findBrowser(env);
  if (found) return found;
  if (download) {
    const downloaded = await downloadHeadlessShell(env);
    if (downloaded) return { path: downloaded, source: "puppeteer's cache (just downloaded)" };
  }
  if (install && process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get', env)) {
    if (aptInstallChromium(env)) {
      const installed = await findBrowser(env);
      if (installed) return installed;
    }
  }
  return undefined;
}

async function findBrowser(env) {
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const path = env[name];
    if (!path) continue;
    if (await isExecutable(path)) return { path, source: name };
    log(`${name} is set to "${path}", which is not an executable; looking elsewhere.`);
  }
  const cached = await findInCache(cacheDir(env));
  if (cached) return { path: cached, source: "puppeteer's cache" };
  for (const path of systemCandidates(env)) if (await isExecutable(path)) return { path, source: 'system' };
  return undefined;
}

function cacheDir(env) {
  return env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
}

async function findInCache(dir) {
  if (!(await exists(dir))) return undefined;
  const browsers = await import('@puppeteer/browsers');
  const platform = browsers.detectBrowserPlatform();
  const installed = await browsers.getInstalledBrowsers({ cacheDir: dir });
  for (const b of installed) {
    const usable = b.platform === platform && (b.browser === 'chrome' || b.browser === 'chrome-headless-shell');
    if (usable && (await isExecutable(b.executablePath))) return b.executablePath;
  }
  return undefined;
}

function systemCandidates(env) {
  if (process.platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
      .flatMap((app) => [join('/Applications', app), join(homedir(), 'Applications', app)]);
  }
  if (process.platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.flatMap((r) => ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'].map((e) => `${r}\\${e}`));
  }
  const names = ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser', 'microsoft-edge-stable', 'microsoft-edge'];
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...names.flatMap((n) => dirs.map((d) => join(d, n))), '/opt/google/chrome/chrome', '/snap/bin/chromium'];
}

/** puppeteer's pinned chrome-headless-shell, into puppeteer's cache (where deckpress looks). */
async function downloadHeadlessShell(env) {
  const browsers = await import('@puppeteer/browsers');
  const { PUPPETEER_REVISIONS } = await import('puppeteer-core/internal/revisions.js');
  const platform = browsers.detectBrowserPlatform();
  if (!platform) return undefined;
  const options = { browser: browsers.Browser.CHROMEHEADLESSSHELL, buildId: PUPPETEER_REVISIONS['chrome-headless-shell'], cacheDir: cacheDir(env), platform };
  log(`no browser found; downloading chrome-headless-shell ${options.buildId} into ${options.cacheDir} …`);
  // A firewall that drops packets would make the download hang: check it is reachable first.
  const reachable = await Promise.race([
    browsers.canDownload(options).catch(() => false),
    new Promise((resolve) => setTimeout(() => resolve(false), 20_000).unref()),
  ]);
  if (!reachable) {
    log('the download server cannot be reached from here (offline, or a proxy is needed: set HTTPS_PROXY).');
    return undefined;
  }
  try {
    const installed = await browsers.install({ ...options, downloadProgressCallback: browsers.makeProgressCallback(options.browser, options.buildId) });
    return installed.executablePath;
  } catch (error) {
    log(`the download failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function aptInstallChromium(env) {
  log('installing Chromium with the system package manager: apt-get install -y chromium');
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // A fresh container has no package lists yet; update once, only if the first try fails.
  return run(['install', '-y', 'chromium']) || (run(['update']) && run(['install', '-y', 'chromium']));
}

function onPath(name, env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      return dir && (accessSync(join(dir, name), constants.X_OK), true);
    } catch {
      return false;
    }
  });
}

async function isExecutable(path) {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(path) {
  return access(path).then(() => true, () => false);
}

const INSTRUCTION = `No browser to print PDFs with, and none could be installed automatically.
Install one, then run this again:
  • Debian/Ubuntu:  sudo apt-get install -y chromium
  • any system:     npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer
  • or point deckpress at an existing Chrome, Chromium or Edge:  export CHROME_PATH=/path/to/chrome
The HTML decks build without a browser; only the PDF needs one.`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const found = await ensureBrowser({ download: !args.includes('--no-download'), install: !args.includes('--no-install') });
  if (found) {
    log(`browser: ${found.path} (${found.source})`);
    process.stdout.write(`${found.path}\n`);
  } else {
    process.stderr.write(`${INSTRUCTION}\n`);
    process.exitCode = 1;
  }
}
