/**
 * Limits of the browser: --timeout bounds every call to it (puppeteer's own
 * protocol timeout of 180 s ended a 5,429-page export), a --timeout Node's timers
 * cannot hold is a usage error, and the profile a killed run leaves behind is
 * removed by the next one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { closeBrowser, launchBrowser } from '../../src/browser/launch-browser.js';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { writeMiniDeck } from '../unit/serve/mini-deck.js';
import { eventuallyEmpty, liveBrowserProcesses, wrapBrowser } from './helpers/browser-processes.js';

let project: string;
let deckDir: string;
/** A temporary folder of the test's own: the profiles deckpress leaves show there. */
let tmp: string;

beforeAll(async () => {
  ({ project, deckDir } = await writeMiniDeck());
  tmp = await mkdtemp(join(tmpdir(), 'dp-'));
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
  await rm(tmp, { recursive: true, force: true });
});

const profiles = async (dir: string) => (await readdir(dir)).filter((name) => name.startsWith('deckpress-chrome-'));

describe('--timeout', () => {
  it.each(['3000000', '2147484', '0', 'soon'])('refuses %s with the allowed range (exit 2)', async (value) => {
    const { code, stderr } = await runCli(['pdf', deckDir, '--timeout', value, '--out', join(project, 'never')], project);
    expect(code).toBe(2);
    expect(stderr).toContain(`--timeout is a number of seconds, more than 0 and at most 2147483 (about 24 days), not "${value}".`);
    await expect(readdir(join(project, 'never'))).rejects.toThrow();
  });

  it('bounds each call to the browser, as puppeteer’s protocol timeout', async () => {
    const browser = await launchBrowser(await findBrowser({ browserPath: CHROMIUM_PATH }), { timeoutMs: 500 });
    try {
      const page = await browser.newPage();
      const started = Date.now();
      const never = page.evaluate(() => new Promise(() => undefined));
      await expect(never).rejects.toThrow(/timed out/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await closeBrowser(browser);
    }
  });

  it('leaves calls to each PDF job’s own limit without it (no 180 s cap)', async () => {
    const browser = await launchBrowser(await findBrowser({ browserPath: CHROMIUM_PATH }));
    try {
      const session = await (await browser.newPage()).createCDPSession();
      expect(session.connection()?.timeout).toBe(0);
    } finally {
      await closeBrowser(browser);
    }
  });
});

describe('browser profiles', () => {
  it('removes the profile of a run killed with SIGKILL on the next run, and its browser does not outlive it', async () => {
    const browser = await wrapBrowser(project, CHROMIUM_PATH);
    const env = { ...process.env, TMPDIR: tmp, CHROME_PATH: browser.path };
    const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'pdf', deckDir, '--out', join(project, 'killed')], { cwd: project, env });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let left: string[] = [];
    // Killed once its profile has its owner file (written right after the folder is made: a kill between the two leaves an unowned folder, kept an hour).
    const owned = async () => (left = await profiles(tmp)).length > 0 && existsSync(join(tmp, left[0]!, 'deckpress-owner'));
    for (const end = Date.now() + 30_000; !(await owned()) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
    const launched = await browser.pids();
    child.kill('SIGKILL');
    await exited;
    expect(left).toHaveLength(1);
    // Its pipe closed, the browser ends by itself; only the folder stays.
    expect(await eventuallyEmpty(() => liveBrowserProcesses(launched), 10_000)).toEqual([]);
    expect(await profiles(tmp)).toEqual(left);

    const next = await runCli(['pdf', deckDir, '--out', join(project, 'next')], project, { TMPDIR: tmp, CHROME_PATH: CHROMIUM_PATH });
    expect(next.code, next.stderr).toBe(0);
    expect(await profiles(tmp)).toEqual([]);
  });

  it('keeps the profile of a run that is still going, and of an older deckpress for an hour', async () => {
    const owners = join(tmp, 'owners');
    await mkdir(owners);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const folders = { dead: `deckpress-chrome-dead01`, alive: `deckpress-chrome-alive1`, unowned: `deckpress-chrome-old001` };
    await mkdir(join(owners, folders.dead));
    await writeFile(join(owners, folders.dead, 'deckpress-owner'), String(dead));
    await mkdir(join(owners, folders.alive));
    await writeFile(join(owners, folders.alive, 'deckpress-owner'), String(process.pid));
    await mkdir(join(owners, folders.unowned));
    const { removeStaleProfiles } = await import('../../src/browser/profile-dir.js');
    expect(await removeStaleProfiles(owners)).toEqual([join(owners, folders.dead)]);
    expect((await profiles(owners)).sort()).toEqual([folders.alive, folders.unowned]);
  });
});
