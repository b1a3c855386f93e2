/** Browser discovery order: --browser-path, CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, system. */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, computeExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, systemCandidates } from '../../../src/browser/find-browser.js';
import { isPdfError, type PdfError } from '../../../src/diagnostics/pdf-error.js';

let dir: string;
let option: string;
let chromePath: string;
let puppeteerPath: string;
let cacheDir: string;
let cached: string;
let binDir: string;

async function executable(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\n');
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-find-'));
  option = await executable(join(dir, 'option', 'chrome'));
  chromePath = await executable(join(dir, 'env', 'chrome'));
  puppeteerPath = await executable(join(dir, 'pptr', 'chrome'));
  cacheDir = join(dir, 'cache');
  // The layout @puppeteer/browsers installs into on this platform: <cache>/<browser>/<platform>-<build>/…
  const shell = (buildId: string) => computeExecutablePath({ cacheDir, browser: Browser.CHROMEHEADLESSSHELL, buildId, platform: detectBrowserPlatform()! });
  cached = await executable(shell('148.0.7778.97'));
  await executable(shell('140.0.7339.0'));
  binDir = join(dir, 'bin');
  await executable(join(binDir, 'chromium'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const empty = () => ({ PATH: join(dir, 'nowhere'), PUPPETEER_CACHE_DIR: join(dir, 'no-cache') });

describe('findBrowser', () => {
  it('takes --browser-path first', async () => {
    const env = { ...empty(), CHROME_PATH: chromePath, PUPPETEER_CACHE_DIR: cacheDir };
    expect(await findBrowser({ browserPath: option, env })).toEqual({ path: option, source: '--browser-path', headlessShell: false });
  });

  it('then CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH', async () => {
    const env = { ...empty(), CHROME_PATH: chromePath, PUPPETEER_EXECUTABLE_PATH: puppeteerPath };
    expect((await findBrowser({ env })).source).toBe('CHROME_PATH');
    expect((await findBrowser({ env: { ...empty(), PUPPETEER_EXECUTABLE_PATH: puppeteerPath } })).path).toBe(puppeteerPath);
  });

  it("then the newest browser in puppeteer's cache", async () => {
    const found = await findBrowser({ env: { ...empty(), PUPPETEER_CACHE_DIR: cacheDir, PATH: binDir }, platform: 'linux' });
    expect(found).toEqual({ path: cached, source: "puppeteer's cache", headlessShell: true });
  });

  it('then the system browser on PATH', async () => {
    expect(await findBrowser({ env: { ...empty(), PATH: binDir }, platform: 'linux' })).toEqual({
      path: join(binDir, 'chromium'),
      source: 'system',
      headlessShell: false,
    });
  });

  it('refuses a named path that does not work instead of silently using another browser', async () => {
    const error = await findBrowser({ env: { ...empty(), PATH: binDir, CHROME_PATH: join(dir, 'missing') }, platform: 'linux' }).catch((e: unknown) => e);
    expect(isPdfError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'BrowserPathInvalid' });
    expect((error as Error).message).toContain('CHROME_PATH');
  });

  it('says where it looked and how to get a browser when there is none', async () => {
    const error = await findBrowser({ env: empty() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BrowserNotFound', exitCode: 1 });
    expect((error as PdfError).message).toContain("puppeteer's cache");
    expect((error as PdfError).hint).toMatch(/apt-get install chromium/);
  });
});

describe('systemCandidates', () => {
  it('knows Chrome, Chromium and Edge on each platform', () => {
    expect(systemCandidates('linux', { PATH: '/usr/bin' })).toContain('/usr/bin/chromium');
    expect(systemCandidates('linux', { PATH: '/usr/bin' })).toContain('/usr/bin/microsoft-edge');
    expect(systemCandidates('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });
});
