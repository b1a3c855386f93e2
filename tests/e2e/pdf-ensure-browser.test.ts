/**
 * scripts/ensure-browser.js (the quick start's first step): finds the browser
 * deckpress would use; with none, tries puppeteer's download, then apt-get as
 * root, else prints one instruction and exits 1. apt-get is a stand-in here
 * that "installs" by linking the real Chromium, so the test never installs anything.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';

const SCRIPT = resolve('scripts/ensure-browser.js');
let dir: string;
let realBrowser: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-ensure-'));
  realBrowser = (await findBrowser()).path;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function ensure(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    env: { HOME: dir, PUPPETEER_CACHE_DIR: join(dir, 'empty-cache'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/ensure-browser.js', () => {
  it('prints the browser it finds, and exits 0', () => {
    const { code, stdout, stderr } = ensure({ CHROME_PATH: realBrowser, PATH: join(dir, 'nowhere') });
    expect(code).toBe(0);
    expect(stdout).toBe(`${realBrowser}\n`);
    expect(stderr).toContain('(CHROME_PATH)');
  });

  it('gives one clear instruction when nothing can be found or installed', () => {
    const { code, stdout, stderr } = ensure({ PATH: join(dir, 'nowhere') }, ['--no-download', '--no-install']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('apt-get install -y chromium');
    expect(stderr).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer');
    expect(stderr).toContain('CHROME_PATH');
  });

  // apt-get only as root (CI and the quick start run as root); anyone else gets the instruction, and apt-get is never run.
  it('falls back to apt-get install chromium as root when the download is not possible, and only as root', async () => {
    const bin = join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    const log = join(dir, 'apt.log');
    await writeFile(
      join(bin, 'apt-get'),
      `#!/bin/sh\necho "$@" >> '${log}'\n[ "$1" = install ] && /bin/ln -sf '${realBrowser}' '${join(bin, 'chromium')}'\nexit 0\n`,
    );
    await chmod(join(bin, 'apt-get'), 0o755);
    // The network is closed here (and the download is skipped anyway): apt-get is the way.
    const { code, stdout, stderr } = ensure({ PATH: bin }, ['--no-download']);
    if (process.platform === 'linux' && process.getuid?.() === 0) {
      expect(await readFile(log, 'utf8')).toBe('install -y chromium\n');
      expect(code).toBe(0);
      expect(stdout).toBe(`${join(bin, 'chromium')}\n`);
    } else {
      expect(await readFile(log, 'utf8').catch(() => 'never run')).toBe('never run');
      expect(code).toBe(1);
      expect(stderr).toContain('apt-get install -y chromium');
    }
  });
});
