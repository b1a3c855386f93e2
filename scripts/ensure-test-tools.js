#!/usr/bin/env node
/**
 * Makes sure the tools the tests read outputs with are installed (`npm test`
 * runs it first, as `pretest`), the way `npm start` gets a browser
 * (scripts/ensure-browser.js): installed with apt-get when running as root,
 * otherwise one clear instruction and exit 1. The tests check deckpress's
 * output with tools that are not deckpress:
 *   poppler-utils  pdfinfo, pdftotext, pdffonts, pdfimages, pdftoppm read PDFs back
 *   qpdf           a second, independent PDF reader
 *   fonts-noto-cjk the zh-Hant/ja example decks print with real CJK glyphs
 *   libreoffice    opens the PowerPoint files (pptx tests)
 *   unzip          lists and reads the parts of a .pptx (pptx tests)
 *   a browser      Chromium prints PDFs (found or fetched by ensure-browser.js)
 * Options: --check (report only; install nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath } from './ensure-browser.js';

const log = (line) => process.stderr.write(`deckpress tests: ${line}\n`);

/** Each tool: how to tell it is here, and the Debian package that brings it. */
export const TOOLS = [
  { name: 'pdfinfo', package: 'poppler-utils', present: (env) => onPath('pdfinfo', env) && onPath('pdftoppm', env) },
  { name: 'qpdf', package: 'qpdf', present: (env) => onPath('qpdf', env) },
  { name: 'Noto Sans CJK', package: 'fonts-noto-cjk', present: (env) => onPath('fc-list', env) && /Noto Sans CJK/i.test(spawnSync('fc-list', { encoding: 'utf8', env }).stdout ?? '') },
  { name: 'LibreOffice', package: 'libreoffice-impress', present: (env) => onPath('soffice', env) },
  { name: 'unzip', package: 'unzip', present: (env) => onPath('unzip', env) },
];

export function missingTools(env = process.env) {
  return TOOLS.filter((tool) => !tool.present(env));
}

function aptInstall(packages, env) {
  log(`installing with the system package manager: apt-get install -y ${packages.join(' ')}`);
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // A fresh container has no package lists yet; update once, only if the first try fails.
  return run(['install', '-y', '--no-install-recommends', ...packages]) || (run(['update']) && run(['install', '-y', '--no-install-recommends', ...packages]));
}

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const env = process.env;
  let missing = missingTools(env);
  const canInstall = !check && process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get', env);
  if (missing.length > 0 && canInstall && aptInstall(missing.map((t) => t.package), env)) missing = missingTools(env);
  // The browser the way `npm start` finds or gets it (it needs lib/, which `npm install` compiles).
  let browser = true;
  if (existsSync(join(root, 'lib', 'browser', 'find-browser.js'))) {
    const { ensureBrowser } = await import('./ensure-browser.js');
    browser = Boolean(await ensureBrowser({ download: !check, install: !check }));
  }
  if (missing.length === 0 && browser) {
    log(`tools present: ${TOOLS.map((t) => t.name).join(', ')}, a browser`);
  } else {
    const packages = [...missing.map((t) => t.package), ...(browser ? [] : ['chromium'])];
    process.stderr.write(`The tests read PDFs and slides back with tools that are not installed: ${[...missing.map((t) => t.name), ...(browser ? [] : ['a browser'])].join(', ')}.
Install them, then run npm test again:
  sudo apt-get install -y --no-install-recommends ${packages.join(' ')}
(As root, npm test installs them itself.)
`);
    process.exitCode = 1;
  }
}
