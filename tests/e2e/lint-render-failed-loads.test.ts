/**
 * lint --render learns which images and fonts failed from the page policy that
 * also serves printing (page-policy.ts): a missing file is a failed request in a
 * browser deckpress launches and an HTTP 404 from the page server in a lent one.
 * Either way the same diagnostics, and the browser's own "Failed to load
 * resource" console line for them is not reported a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { startLentChromium, type LentChromium } from './helpers/lent-chromium.js';

interface JsonDiagnostic {
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

let work: string;
let lent: LentChromium;

beforeAll(async () => {
  [work, lent] = await Promise.all([makeTmpDir('deckpress-lint-loads-'), startLentChromium()]);
  // A project theme whose font file does not exist, and an image the static checks cannot see (raw HTML).
  await writeFiles(work, {
    'templates/themes/broken-font/theme.css':
      '@font-face { font-family: "Missing Sans"; src: url("missing-sans.woff2") format("woff2"); }\n' +
      '.print-deck > section { position: relative; width: 1280px; height: 720px; overflow: hidden; }\n' +
      '.headline { font-family: "Missing Sans", sans-serif; }\n',
    'decks/loads/deck.yaml': 'title: Loads\ntheme: broken-font\n',
    'decks/loads/sections/01-loads.md': '---\ntitle: Loads\n---\n\n---\nsources: [Example]\n---\n\n# A headline set in a font that never loads\n\n<img src="assets/not-there.png" alt="Gone">\n',
  });
}, 60_000);

afterAll(async () => {
  await lent?.stop();
  const { rm } = await import('node:fs/promises');
  if (work) await rm(work, { recursive: true, force: true });
});

async function renderCheck(extra: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['lint', 'decks/loads', '--render', '--format', 'json', ...extra], work);
  expect(code, stderr).toBe(1);
  return (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe('lint --render: images and fonts that fail to load', () => {
  it('reports the same in a launched and in a lent browser, each once', async () => {
    const local = await renderCheck([]);
    expect(local).toEqual([
      'decks/loads/deck.yaml:2:8 FontLoadFailed Font "assets/theme/missing-sans.woff2" did not load; text falls back to another font and may wrap differently.',
      'decks/loads/sections/01-loads.md:5:1 ImageLoadFailed Slide 3: image "assets/not-there.png" did not load in the browser.',
    ]);
    expect(await renderCheck(['--browser-url', lent.http])).toEqual(local);
  });
});
