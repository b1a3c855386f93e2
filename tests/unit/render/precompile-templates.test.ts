/** Built-in templates ship precompiled; the generated file must match templates/, and an edited template is compiled instead. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinTemplateSources } from '../../../src/render/builtin-template-sources.js';
import { BUILTIN_TEMPLATES } from '../../../src/render/builtin-templates/index.generated.js';
import { compileTemplates } from '../../../src/render/compile-templates.js';
import { GENERATED_DIR, precompiledModules } from '../../../src/render/precompile-templates.js';
import type { TemplateSources } from '../../../src/load/load-templates.js';

const generated = new URL(`../../../src/render/${GENERATED_DIR}/`, import.meta.url);

function sourcesWith(layouts: Record<string, string>, partials: Record<string, string> = {}): TemplateSources {
  return { layouts: new Map(Object.entries(layouts)), partials: new Map(Object.entries(partials)), pages: new Map(), themes: new Map(), locales: new Map(), files: [] };
}

describe('precompiled built-in templates', () => {
  it('are up to date (regenerate: npx tsc -p . && node scripts/generate-builtin-templates.js)', async () => {
    const expected = precompiledModules(await builtinTemplateSources());
    const present = readdirSync(generated).filter((name) => name.endsWith('.generated.ts')).sort();
    expect(present).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(new URL(name, generated), 'utf8'), name).toBe(text);
  });

  it('render exactly as the same template compiled at build time', async () => {
    const sources = new Map(await builtinTemplateSources());
    const partials = Object.fromEntries([...sources].filter(([k]) => k.startsWith('partials/')).map(([k, v]) => [k.slice(9), v]));
    const content = sources.get('layouts/content')!;
    const context = { headline: 'A <b>headline</b>', body: '<p>Body</p>', chrome: true, nav: [{ label: 'One', id: 'one', current: true }], slide: { number: 3 }, deck: { brand: { tag: '#tag', footer: 'Footer' } }, labels: { source: 'Source:' }, sources: [{ n: 1, text: 'A source', url: 'https://example.org' }] };
    const precompiled = compileTemplates(sourcesWith({ content }, partials)).layout('content');
    // One character more in the source: not the precompiled one, so compiled here.
    const compiledHere = compileTemplates(sourcesWith({ content: `${content}\n` }, partials)).layout('content');
    expect(BUILTIN_TEMPLATES['layouts/content']).toBeDefined();
    expect(precompiled(context)).toContain('A <b>headline</b>');
    expect(`${precompiled(context)}\n`).toBe(compiledHere(context));
  });

  it('compiles a project template that has no precompiled spec', () => {
    const templates = compileTemplates(sourcesWith({ mine: '<h1>{{headline}}</h1>' }));
    expect(templates.layout('mine')({ headline: 'x & y' })).toBe('<h1>x &amp; y</h1>');
  });
});
