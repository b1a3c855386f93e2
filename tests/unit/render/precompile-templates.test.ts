/** Templates compile in their own Handlebars environment; one that is not a built-in's exact source is compiled at run time. */
import { describe, expect, it } from 'vitest';
import { compileTemplates } from '../../../src/render/compile-templates.js';
import { precompiledModule } from '../../../src/render/precompile-templates.js';
import type { TemplateSources } from '../../../src/load/load-templates.js';

function sourcesWith(layouts: Record<string, string>): TemplateSources {
  return { layouts: new Map(Object.entries(layouts)), partials: new Map(), pages: new Map(), themes: new Map(), locales: new Map(), files: [] };
}

describe('templates', () => {
  it('compiles a project template that has no precompiled spec', () => {
    const templates = compileTemplates(sourcesWith({ mine: '<h1>{{headline}}</h1>' }));
    expect(templates.layout('mine')({ headline: 'x & y' })).toBe('<h1>x &amp; y</h1>');
  });

  it('precompiles into one module keyed by kind/name, holding each source for comparison', () => {
    const module = precompiledModule([['pages/b', '{{x}}'], ['layouts/a', '<p>{{y}}</p>']]);
    expect(module.indexOf('"layouts/a"')).toBeLessThan(module.indexOf('"pages/b"'));
    expect(module).toContain('source: "<p>{{y}}</p>"');
    expect(module).toMatch(/^export const PRECOMPILED_TEMPLATES = \{$/m);
  });
});
