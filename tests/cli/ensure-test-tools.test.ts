/**
 * `npm test` gets the tools its tests read outputs with, as `npm start` gets the
 * browser: scripts/ensure-test-tools.js (the pretest step) finds them, installs
 * them with apt-get as root, or prints the one command that installs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';

const script = join(REPO_ROOT, 'scripts', 'ensure-test-tools.js');

describe('scripts/ensure-test-tools.js', () => {
  it('finds every tool on this machine', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toContain('tools present: pdfinfo, qpdf, Noto Sans CJK, LibreOffice, unzip, a browser');
    expect(run.status).toBe(0);
  });

  it('on a machine without them, names them and the one command that installs them (exit 1)', () => {
    // A PATH holding only node: none of the tools, no browser on it.
    const bin = mkdtempSync(join(tmpdir(), 'deckpress-bare-path-'));
    try {
      symlinkSync(process.execPath, join(bin, 'node'));
      const run = spawnSync(join(bin, 'node'), [script, '--check'], { encoding: 'utf8', env: { PATH: bin, HOME: bin } });
      expect(run.stderr).toContain('not installed: pdfinfo, qpdf, Noto Sans CJK, LibreOffice, unzip, a browser');
      expect(run.stderr).toContain('sudo apt-get install -y --no-install-recommends poppler-utils qpdf fonts-noto-cjk libreoffice-impress unzip chromium');
      expect(run.status).toBe(1);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
