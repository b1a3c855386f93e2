/**
 * Finds a Chromium-family browser without ever downloading one (DESIGN §4):
 * --browser-path, then CHROME_PATH / PUPPETEER_EXECUTABLE_PATH, then puppeteer's
 * cache, then the system's Chrome, Chromium or Edge.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pdfError } from '../diagnostics/pdf-error.js';

export interface FoundBrowser {
  path: string;
  /** Where it was found, for messages: "--browser-path", "CHROME_PATH", "puppeteer's cache", "system". */
  source: string;
  /** chrome-headless-shell: launched with puppeteer's `headless: 'shell'`. */
  headlessShell: boolean;
}

export interface FindBrowserOptions {
  browserPath?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

const ENV_VARS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

export async function findBrowser(opts: FindBrowserOptions = {}): Promise<FoundBrowser> {
  const env = opts.env ?? process.env;
  const explicit: [string | undefined, string][] = [
    [opts.browserPath, '--browser-path'],
    ...ENV_VARS.map((name): [string | undefined, string] => [env[name], name]),
  ];
  for (const [path, source] of explicit) {
    if (!path) continue;
    // A path the user named must work: silently falling back would print with another browser.
    if (!(await isExecutable(path))) throw pdfError('BrowserPathInvalid', { path, source });
    return found(path, source);
  }
  const cached = await findInPuppeteerCache(puppeteerCacheDir(env));
  if (cached) return found(cached, "puppeteer's cache");
  for (const path of systemCandidates(opts.platform ?? process.platform, env)) {
    if (await isExecutable(path)) return found(path, 'system');
  }
  throw pdfError('BrowserNotFound', {
    searched: `--browser-path, ${ENV_VARS.join(', ')}, puppeteer's cache (${puppeteerCacheDir(env)}), system Chrome/Chromium/Edge`,
  });
}

function found(path: string, source: string): FoundBrowser {
  return { path, source, headlessShell: /chrome-headless-shell/i.test(path) };
}

/** Same rule as puppeteer's own configuration (PUPPETEER_CACHE_DIR, else ~/.cache/puppeteer). */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv): string {
  return env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
}

/** The newest Chrome or chrome-headless-shell in puppeteer's cache for this platform. */
async function findInPuppeteerCache(cacheDir: string): Promise<string | undefined> {
  try {
    await access(cacheDir);
  } catch {
    return undefined;
  }
  const browsers = await import('@puppeteer/browsers');
  const platform = browsers.detectBrowserPlatform();
  const installed = (await browsers.getInstalledBrowsers({ cacheDir }))
    .filter((b) => b.platform === platform)
    .filter((b) => b.browser === browsers.Browser.CHROME || b.browser === browsers.Browser.CHROMEHEADLESSSHELL)
    // Newest first; for the same build the headless shell starts faster.
    .sort((a, b) => compareBuilds(b.buildId, a.buildId) || (a.browser === browsers.Browser.CHROMEHEADLESSSHELL ? -1 : 1));
  for (const browser of installed) {
    if (await isExecutable(browser.executablePath)) return browser.executablePath;
  }
  return undefined;
}

/** Chrome build ids are dotted numbers (148.0.7778.97); puppeteer's comparator wants semver, which they are not. */
function compareBuilds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return Number.isNaN(d) ? a.localeCompare(b) : d;
  }
  return 0;
}

export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [join('/Applications'), join(homedir(), 'Applications')].flatMap((dir) => apps.map((app) => join(dir, app)));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((root) => exes.map((exe) => `${root}\\${exe}`));
  }
  const names = ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser', 'microsoft-edge-stable',
    'microsoft-edge'];
  const dirs = (env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(delimiter).filter(Boolean);
  return [...names.flatMap((name) => dirs.map((dir) => join(dir, name))), '/opt/google/chrome/chrome', '/snap/bin/chromium'];
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
