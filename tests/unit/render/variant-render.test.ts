/**
 * Issue 7: a variant renders as its own deck (slide list, numbers, nav bar,
 * references), and a link to a slide it leaves out points into the full deck's
 * HTML, or is plain text with a warning in the print document.
 */
import { describe, expect, it } from 'vitest';
import { compileFiles, section } from '../../helpers/compile-files.js';

const files = {
  'deck.yaml': 'title: Full deck\nvariants:\n  talk: { title: The talk, tags: [talk] }\n',
  'sections/01-intro.md': section('Introduction', [
    'id: opener\ntags: [talk]\nsources: [{ text: Talk source, url: "https://example.org/a" }]\n---\n\n# Opening\n\nSee [the detail](#detail) and [the close](#close).',
    'id: detail\nsources: [{ text: Detail source, url: "https://example.org/b" }]\n---\n\n# Detail only in the full deck',
  ], 'nav: Intro\n'),
  'sections/02-deep.md': section('Deep dive', ['id: deep\n---\n\n# Only in the full deck'], 'nav: Deep\n'),
  'sections/03-end.md': section('The end', ['id: close\ntags: [talk]\n---\n\n# Closing thought'], 'nav: End\n'),
};

function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `slide ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('a variant as its own deck', async () => {
  const compiled = await compileFiles(files);
  const full = compiled.targets.find((t) => t.variant === undefined)!;
  const talk = compiled.targets.find((t) => t.variant === 'talk')!;

  it('has its own slide list and numbering, with the full deck ids', () => {
    expect(talk.model.slides.map((s) => s.id)).toEqual(['title', 'agenda', 'intro', 'opener', 'end', 'close', 'references']);
    expect(talk.model.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(full.model.slides.find((s) => s.id === 'close')!.number).toBe(9);
    expect(sectionOf(talk.rendered.indexHtml, 'close')).toContain('<span class="slide-no">6</span>');
  });

  it('takes its title from the variant', () => {
    expect(talk.rendered.indexHtml).toContain('<title>The talk</title>');
  });

  it('lists only its own sections in the nav bar', () => {
    const nav = /<nav class="nav-bar"[\s\S]*?<\/nav>/.exec(sectionOf(talk.rendered.indexHtml, 'opener'))![0];
    expect(nav).toContain('Intro');
    expect(nav).toContain('End');
    expect(nav).not.toContain('Deep');
  });

  it('numbers only the sources its slides cite', () => {
    expect(talk.model.references.map((r) => r.text)).toEqual(['Talk source']);
    expect(full.model.references.map((r) => r.text)).toEqual(['Talk source', 'Detail source']);
  });

  it('points a link to a left-out slide at the full deck, and keeps links inside the cut', () => {
    const opener = sectionOf(talk.rendered.indexHtml, 'opener');
    expect(opener).toContain('href="../index.html#/detail" class="outside-link"');
    expect(opener).toContain('href="#close"');
    expect(sectionOf(full.rendered.indexHtml, 'opener')).toContain('href="#detail"');
  });

  it('prints such a link as plain text and warns where it is written', () => {
    const printed = sectionOf(talk.rendered.printHtml, 'opener');
    expect(printed).toContain('<span class="outside-link">the detail</span>');
    expect(printed).not.toContain('../index.html');
    const warnings = compiled.diagnostics.filter((d) => d.code === 'LinkOutsideVariant');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 14, column: 18 });
    expect(warnings[0]!.file).toMatch(/sections\/01-intro\.md$/);
  });
});
