/** validateDeck over small decks: what is an error, what a warning, and that every problem is collected. */
import { describe, expect, it } from 'vitest';
import { compileFiles, section } from '../../helpers/compile-files.js';

const codes = async (files: Record<string, string>) =>
  (await compileFiles(files)).diagnostics.map((d) => `${d.file.replace(/^.*\/deck\//, '')}:${d.line}:${d.column} ${d.severity} ${d.code}`);

describe('validateDeck', () => {
  it('accepts a minimal deck with no diagnostics', async () => {
    const compiled = await compileFiles({ 'sections/01-a.md': section('A', ['\n# Hello']) });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.deck?.config).toMatchObject({ title: 'Test deck', theme: 'report', lang: 'en', authors: [], variants: {}, pdf: { fragments: 'final', notes: false } });
  });

  it('collects problems from every section file, not only the first', async () => {
    expect(await codes({
      'sections/01-a.md': section('A', ['layout: splt\n---\n\n# x']),
      'sections/02-b.md': section('B', ['visual: up\n---\n\n# y']),
    })).toEqual(['sections/01-a.md:6:9 error UnknownLayout', 'sections/02-b.md:6:9 error InvalidValue']);
  });

  it('does not let an author name a generated layout', async () => {
    expect(await codes({ 'sections/01-a.md': section('A', ['layout: references\n---\n\n# x']) })).toEqual(['sections/01-a.md:6:9 error UnknownLayout']);
  });

  it('rejects a written id that a generated slide uses', async () => {
    const compiled = await compileFiles({ 'sections/01-a.md': section('A', ['id: title\n---\n\n# x', 'id: references-2\n---\n\n# y']) });
    expect(compiled.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['DuplicateSlideId', 6, 'Slide id "title" is already used at the generated title slide.'],
      ['DuplicateSlideId', 12, 'Slide id "references-2" is already used at the generated references slide.'],
    ]);
  });

  it('rejects ids that are not lowercase words and hyphens', async () => {
    expect(await codes({ 'sections/01-a.md': section('A', ['id: Revenue_2024\n---\n\n# x']) })).toEqual(['sections/01-a.md:6:5 error InvalidSlideId']);
  });

  it('finds an image in a subfolder of assets/ and accepts a leading ./', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(await codes({
      'assets/img/a.svg': svg,
      'sections/01-a.md': section('A', ['image: { src: img/a.svg }\n---\n\n# x', 'image: { src: ./img/a.svg }\n---\n\n# y']),
    })).toEqual([]);
  });

  it('warns about unknown keys nested in known ones', async () => {
    expect(await codes({ 'deck.yaml': 'title: T\nbrand: { footr: x }\n', 'sections/01-a.md': section('A', ['\n# x']) })).toEqual(['deck.yaml:2:10 warning UnknownKey']);
  });

  it('reports a YAML error in deck.yaml once, with no follow-on schema errors', async () => {
    expect(await codes({ 'deck.yaml': 'title: [oops\n', 'sections/01-a.md': section('A', ['\n# x']) })).toEqual(['deck.yaml:1:8 error YamlSyntax']);
  });
});
