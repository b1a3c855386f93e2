#!/usr/bin/env node
/**
 * Makes sure a browser for PDF export exists (the README's quick start runs it
 * after compiling lib/; `npm install` compiles it too).
 *
 * 1. Look where deckpress looks, with deckpress's own search (lib/browser/find-browser.js):
 *    CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, system Chrome/Chromium/Edge.
 *    Unlike `deckpress pdf`, an unusable CHROME_PATH is reported and passed over here.
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

/** deckpress's own browser search, compiled into lib/. */
async function browserSearch() {
  try {
    return await import('../lib/browser/find-browser.js');
  } catch {
    throw new Error('deckpress is not compiled yet (lib/ is missing): run npm install, or npm run build:ts.');
  }
}

async function findBrowser(env) {
  const { findBrowser: find } = await browserSearch();
  let search = { ...env };
  for (;;) {
    try {
      return await find({ env: search });
    } catch (error) {
      if (error?.code === 'BrowserNotFound') return undefined;
      if (error?.code !== 'BrowserPathInvalid') throw error;
      // The first of these that is set is the one deckpress refused: say so, and look elsewhere.
      const name = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'].find((n) => search[n]);
      log(`${name} is set to "${search[name]}", which is not an executable; looking elsewhere.`);
      search = { ...search, [name]: undefined };
    }
  }
}

/** puppeteer's pinned chrome-headless-shell, into puppeteer's cache (where deckpress looks). */
async function downloadHeadlessShell(env) {
  const browsers = await import('@puppeteer/browsers');
  const { PUPPETEER_REVISIONS } = await import('puppeteer-core/internal/revisions.js');
  const platform = browsers.detectBrowserPlatform();
  if (!platform) return undefined;
  const options = { browser: browsers.Browser.CHROMEHEADLESSSHELL, buildId: PUPPETEER_REVISIONS['chrome-headless-shell'], cacheDir: (await browserSearch()).puppeteerCacheDir(env), platform };
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

/** An executable named `name` in one of PATH's folders. */
export function onPath(name, env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      return dir && (accessSync(join(dir, name), constants.X_OK), true);
    } catch {
      return false;
    }
  });
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
