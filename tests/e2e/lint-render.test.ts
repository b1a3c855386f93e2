/**
 * `deckpress lint --render` with real Chromium: a deck that passes the static
 * checks but breaks in the browser (an overflowing slide, a missing and a corrupt
 * image, a throwing script, a font that does not load), the example deck (clean),
 * and lint's headline estimate against the browser's own line breaks.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/pipeline.js';
import { REPORT_HEADLINE, wrapHeadline } from '../../src/lint/headline-metrics.js';
import { checkRender } from '../../src/lint/render/check-render.js';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { liveBrowserProcesses, wrapBrowser } from './helpers/browser-processes.js';

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

const FIXTURE = 'tests/fixtures/lint-render';
const SECTION = `${FIXTURE}/sections/01-render.md`;

describe('deckpress lint --render', () => {
  let work: string;
  beforeAll(async () => {
    work = await makeTmpDir('deckpress-lint-e2e-');
  });
  afterAll(async () => {
    const { rm } = await import('node:fs/promises');
    await rm(work, { recursive: true, force: true });
  });

  it('reports, at each slide, what only the browser sees; closes the browser and removes its build', async () => {
    const browser = await wrapBrowser(work, CHROMIUM_PATH);
    // lint --render builds into os.tmpdir(): a private one shows what it leaves behind (other tests share the real one).
    const tmp = join(work, 'tmp');
    await mkdir(tmp);
    const static_ = await runCli(['lint', FIXTURE, '--format', 'json']);
    expect(static_.code).toBe(0);
    expect(JSON.parse(static_.stdout).diagnostics).toEqual([]);

    const { code, stdout } = await runCli(['lint', FIXTURE, '--render', '--format', 'json', '--browser-path', browser.path], undefined, { TMPDIR: tmp });
    expect(code).toBe(1);
    const diagnostics = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      `${SECTION}:15:1 SlideOverflow`,
      `${SECTION}:41:1 ImageLoadFailed`,
      `${SECTION}:50:1 ImageLoadFailed`,
      `${SECTION}:59:1 ConsoleError`,
    ]);
    const [overflow, missing, corrupt, script] = diagnostics;
    expect(overflow!.message).toMatch(/^Slide 4: the text runs \d+px past the bottom of the slide\.$/);
    expect(Number(/(\d+)px/.exec(overflow!.message)![1])).toBeGreaterThan(100);
    expect(missing!.message).toBe('Slide 5: image "missing.png" did not load in the browser.');
    expect(corrupt!.message).toBe('Slide 6: image "broken.png" did not load in the browser.');
    expect(script!.message).toContain('boom from a slide');
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);

    expect(liveBrowserProcesses(await browser.pids())).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('reports content that runs into the source line, and a font the theme cannot load', async () => {
    // A project theme (templates/ beside decks/) whose font file does not exist.
    await writeFiles(work, {
      'templates/themes/broken-font/theme.css':
        '@font-face { font-family: "Missing Sans"; src: url("missing-sans.woff2") format("woff2"); }\n' +
        '.print-deck > section { position: relative; width: 1280px; height: 720px; overflow: hidden; }\n' +
        '.headline { font-family: "Missing Sans", sans-serif; }\n',
      'decks/fonts/deck.yaml': 'title: Fonts\ntheme: broken-font\n',
      'decks/fonts/sections/01-fonts.md': '---\ntitle: Fonts\n---\n\n---\nsources: [Example]\n---\n\n# A headline set in a font that never loads\n',
      'decks/crowded/deck.yaml': 'title: Crowded\n',
      'decks/crowded/sections/01-crowded.md':
        '---\ntitle: Crowded\n---\n\n---\nsources: [A source line that the text runs into]\n---\n\n# Thirteen bullets end up on the source line\n\n' +
        Array.from({ length: 13 }, (_, i) => `- Bullet ${i + 1}`).join('\n') +
        '\n',
    });
    const { code, stdout } = await runCli(['lint', 'decks/fonts', 'decks/crowded', '--render', '--format', 'json'], work);
    const diagnostics = (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(code).toBe(1);
    const font = diagnostics.find((d) => d.code === 'FontLoadFailed');
    expect(font).toMatchObject({ file: 'decks/fonts/deck.yaml', line: 2, column: 8, severity: 'warning' });
    expect(font!.message).toContain('missing-sans.woff2');
    const crowded = diagnostics.filter((d) => d.file === 'decks/crowded/sections/01-crowded.md');
    expect(crowded.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:1 SlideOverflow']);
    expect(crowded[0]!.message).toMatch(/^Slide 3: the text runs \d+px into the source line and footer\.$/);
  });

  it('finds nothing in the example deck, and skips (saying so) a deck with errors', async () => {
    const clean = await runCli(['lint', 'decks/ai-not-a-bubble', '--render']);
    expect(clean.stdout).toBe('ai-not-a-bubble: no problems (render check included)\n');
    expect(clean.code).toBe(0);

    const broken = await runCli(['lint', 'tests/fixtures/lint-unknown-layout', '--render']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('UnknownLayout');
    expect(broken.stdout).toContain('lint-unknown-layout: render check skipped; fix the errors first');
  });

  it('estimates headline lines as the browser wraps them, up to the third line', async () => {
    const words = 'Revenue from generative products grew faster than any software category we have tracked while prices per token fell every year'.split(' ');
    const headlines = Array.from({ length: 14 }, (_, i) => {
      const n = 8 + i * 3;
      return Array.from({ length: n }, (_, j) => words[j % words.length]).join(' ');
    });
    const dir = join(work, 'decks', 'headlines');
    await writeFiles(dir, {
      'deck.yaml': 'title: Headlines\n',
      'sections/01-headlines.md': `---\ntitle: Headlines\n---\n\n${headlines.map((h, i) => `---\nid: h${i}\nsources: [x]\n---\n\n# ${h}\n`).join('\n')}`,
    });
    const compiled = await compileDeck(dir);
    const { findings } = await checkRender(compiled);
    const measured = headlines.map((_, i) => findings.pages.find((p) => p.id === `h${i}`)?.headline?.lines);
    const estimated = headlines.map((h) => wrapHeadline(h, REPORT_HEADLINE).length);
    expect(new Set(measured).size).toBeGreaterThanOrEqual(3);
    expect(estimated).toEqual(measured);
  });

  it('estimates every headline of the example deck as the browser wraps it', async () => {
    const compiled = await compileDeck('decks/ai-not-a-bubble');
    const { findings } = await checkRender(compiled);
    const authored = new Set(compiled.targets[0]!.model.slides.filter((s) => s.kind === 'authored' && s.layout !== 'closing').map((s) => s.id));
    const pages = findings.pages.filter((p) => p.id !== undefined && authored.has(p.id) && p.headline);
    expect(pages.length).toBeGreaterThan(30);
    const mismatches = pages.filter((p) => wrapHeadline(p.headline!.text, REPORT_HEADLINE).length !== p.headline!.lines).map((p) => p.headline!.text);
    expect(mismatches).toEqual([]);
  });
});
