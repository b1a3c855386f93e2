/**
 * The build precompiles the built-in templates into lib/ (scripts/precompile-templates.js):
 * every one of templates/, current, and a deck built by the CLI (precompiled) is
 * byte for byte the deck src/ renders (templates compiled at run time).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/pipeline.js';
import { builtinTemplateSources } from '../../src/render/builtin-template-sources.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('precompiled built-in templates in lib/', () => {
  it('are every built-in template, each from its current source', async () => {
    const built = (await import(join(REPO_ROOT, 'lib/render/precompiled-templates.js'))) as { PRECOMPILED_TEMPLATES: Record<string, { source: string }> };
    const current = await builtinTemplateSources();
    expect(current.length).toBeGreaterThan(15);
    expect(Object.entries(built.PRECOMPILED_TEMPLATES).map(([key, { source }]) => [key, source])).toEqual(current);
  });

  it('render exactly what the templates compiled at run time render', async () => {
    const out = await makeTmpDir();
    temps.push(out);
    const result = await runCli(['build', 'tests/fixtures/basic-layouts', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const compiled = await compileDeck(join(REPO_ROOT, 'tests/fixtures/basic-layouts'));
    const [full] = compiled.targets;
    expect(await readFile(join(out, 'basic-layouts', 'index.html'), 'utf8')).toBe(full!.rendered.indexHtml);
    expect(await readFile(join(out, 'basic-layouts', 'print.html'), 'utf8')).toBe(full!.rendered.printHtml);
  });
});
