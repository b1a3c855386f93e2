/** The theme manifest is the one place for slide geometry, the headline box and which layouts have chrome. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorLayouts, GENERATED_LAYOUTS, HEADLINE_BOX, LAYOUTS_WITHOUT_CHROME, SLIDE_SIZE, themeStyle } from '../../../src/theme/theme-manifest.js';
import { compileFiles, section } from '../../helpers/compile-files.js';

const THEME = 'templates/themes/report';

describe('theme manifest', () => {
  it('is the only place the report theme CSS gets slide and headline sizes from', () => {
    const css = readdirSync(THEME).filter((f) => f.endsWith('.css') && f !== 'fonts.css').map((f) => readFileSync(`${THEME}/${f}`, 'utf8')).join('\n');
    for (const px of [SLIDE_SIZE.width, SLIDE_SIZE.height, HEADLINE_BOX.width, HEADLINE_BOX.fontSize]) expect(css).not.toContain(`${px}px`);
    for (const property of ['--dp-slide-width', '--dp-slide-height', '--dp-headline-width', '--dp-headline-size']) {
      expect(css).toContain(`var(${property})`);
      expect(themeStyle()).toMatch(new RegExp(`${property}:\\d+px`));
    }
    expect(themeStyle()).toContain(`@page{size:${SLIDE_SIZE.width}px ${SLIDE_SIZE.height}px;margin:0}`);
  });

  it('leaves the generated layouts out of the ones an author may name', () => {
    expect(authorLayouts(['title', 'content', 'agenda', 'chart', 'references', 'section'])).toEqual(['chart', 'content']);
    expect(GENERATED_LAYOUTS).toContain('references');
  });

  it('declares its sizes in both pages, and draws chrome only on layouts that have it', async () => {
    const compiled = await compileFiles({ 'sections/01-intro.md': section('Intro', ['\n# A finding\n\nText.', 'layout: closing\n---\n\n# Thanks']) });
    expect(compiled.diagnostics).toEqual([]);
    const { rendered } = compiled.targets[0]!;
    for (const page of [rendered.indexHtml, rendered.printHtml]) expect(page).toContain(themeStyle());
    const slides = rendered.indexHtml.split('<section').slice(1);
    const closing = slides.find((s) => s.includes('layout-closing'));
    const content = slides.find((s) => s.includes('A finding'));
    expect(LAYOUTS_WITHOUT_CHROME).toContain('closing');
    expect(closing).toBeDefined();
    expect(closing).not.toContain('chrome-bottom');
    expect(content).toContain('chrome-bottom');
  });
});
