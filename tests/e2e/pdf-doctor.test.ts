/**
 * `deckpress doctor` on this machine: the real browser starts and prints; a zh-Hant
 * deck needs no system CJK font, since the theme ships Noto Sans TC; a Japanese deck
 * whose font package is not installed is reported, with the lines whose text has no
 * glyph and what to install, when fontconfig sees no CJK font (simulated with a
 * fontconfig file that lists only Liberation).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/doctor.js';
import { findBrowser } from '../../src/browser/find-browser.js';

let dir: string;
let deck: string;
let jaDeck: string;
let latinOnly: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckpress-doctor-'));
  deck = join(dir, 'decks', 'zh-deck');
  await mkdir(join(deck, 'sections'), { recursive: true });
  await writeFile(join(deck, 'deck.yaml'), 'title: 人工智慧不是泡沫\nlang: zh-Hant\n');
  await writeFile(join(deck, 'sections', '01-intro.md'), '---\ntitle: 研究\n---\n\n# 人工智慧的收入在兩年內增長了三倍\n');
  jaDeck = join(dir, 'decks', 'ja-deck');
  await mkdir(join(jaDeck, 'sections'), { recursive: true });
  await writeFile(join(jaDeck, 'deck.yaml'), 'title: Not a bubble\nlang: ja\n');
  await writeFile(join(jaDeck, 'sections', '01-intro.md'), '---\ntitle: Research\n---\n\n# AIはバブルではない\n');
  latinOnly = join(dir, 'latin-only.conf');
  await writeFile(
    latinOnly,
    `<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/liberation</dir><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`,
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function doctor(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    chunks.push(String(text));
    return true;
  });
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out: chunks.join('') };
}

describe('deckpress doctor', () => {
  it('reports the browser, its version and that it prints; and the fonts of a CJK deck', async () => {
    const browser = await findBrowser();
    const { code, out } = await doctor([deck, '--browser-path', browser.path]);
    expect(out).toContain(`✔ browser   ${browser.path} (from --browser-path)`);
    expect(out).toMatch(/✔ launches {2}(Headless)?Chrome\/\d+\.\d+\.\d+\.\d+; started and printed a test page/);
    expect(out).toMatch(/✔ fonts {5}zh-deck \(zh-Hant\): all \d+ characters it uses have a font/);
    expect(code).toBe(0);
  });

  it('needs no system CJK font for a zh-Hant deck: the theme ships one', async () => {
    vi.stubEnv('FONTCONFIG_FILE', latinOnly);
    const { out } = await doctor([deck, '--browser-path', join(dir, 'nope')]);
    expect(out).toMatch(/✔ fonts {5}zh-deck \(zh-Hant\): all \d+ characters it uses have a font/);
  });

  it('names the lines without a glyph and what to install when no font has the characters', async () => {
    vi.stubEnv('FONTCONFIG_FILE', latinOnly);
    const { code, out } = await doctor([jaDeck]);
    expect(out).toMatch(/✖ fonts {5}FontsMissing {2}"ja-deck" uses \d+ characters that no installed font has \(.*バ.*\)/);
    expect(out).toMatch(/ja-deck\/sections\/01-intro\.md:5 {2}# AIはバブルではない/);
    expect(out).toContain('npm install --save-exact @fontsource/noto-sans-jp@5.3.0');
    expect(out).toContain('apt-get install fonts-noto-cjk');
    expect(code).toBe(1);
  });

  it('reports a browser path that does not exist', async () => {
    const { code, out } = await doctor([deck, '--browser-path', join(dir, 'nope')]);
    expect(out).toContain('✖ browser   BrowserPathInvalid');
    expect(out).toContain('hint: ');
    expect(code).toBe(1);
  });
});
