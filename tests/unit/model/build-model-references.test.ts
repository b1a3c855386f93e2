/** References: numbered once per source in citation order, split across slides, placed before a closing slide. */
import { describe, expect, it } from 'vitest';
import { buildModel, REFERENCES_PER_SLIDE } from '../../../src/model/build-model.js';
import { collectReferences } from '../../../src/model/collect-references.js';
import { compileFiles, section } from '../../helpers/compile-files.js';

const cited = (sources: string[], extra = '') => `${extra}sources:\n${sources.map((s) => `  - ${s}`).join('\n')}\n---\n\n# Cites ${sources.length}`;

describe('collectReferences', () => {
  it('numbers sources in order of first citation, one number per URL or per text', () => {
    const { references, citations } = collectReferences([
      { id: 'a', sources: [{ text: 'Report 2024', url: 'https://example.org/report' }, 'A book'] },
      { id: 'b', sources: [{ text: 'Same report, other text', url: 'https://example.org/report/' }, 'a book ', { text: 'New', url: 'https://example.org/new' }] },
      { id: 'c', sources: [] },
    ]);
    expect(references).toEqual([
      { n: 1, text: 'Report 2024', url: 'https://example.org/report' },
      { n: 2, text: 'A book' },
      { n: 3, text: 'New', url: 'https://example.org/new' },
    ]);
    expect([...citations]).toEqual([['a', [1, 2]], ['b', [1, 2, 3]], ['c', []]]);
  });

  it('counts a source cited with and without its URL once, with the URL, and a repeat on one slide once', () => {
    const { references, citations } = collectReferences([
      { id: 'a', sources: ['The Information, 2024', 'The Information, 2024'] },
      { id: 'b', sources: [{ text: 'The  Information, 2024', url: 'https://example.org/ti' }, 'Other'] },
      { id: 'c', sources: [{ text: 'Other', url: 'https://example.org/other' }, 'the information, 2024'] },
    ]);
    expect(references).toEqual([
      { n: 1, text: 'The Information, 2024', url: 'https://example.org/ti' },
      { n: 2, text: 'Other', url: 'https://example.org/other' },
    ]);
    expect([...citations]).toEqual([['a', [1]], ['b', [1, 2]], ['c', [2, 1]]]);
  });
});

describe('buildModel references slides', () => {
  it(`splits references across slides every ${REFERENCES_PER_SLIDE}, before a closing slide`, async () => {
    const urls = Array.from({ length: 25 }, (_, i) => `{ text: "Source ${i + 1}", url: "https://example.org/${i + 1}" }`);
    const compiled = await compileFiles({
      'sections/01-a.md': section('A', [cited(urls.slice(0, 20)), cited([...urls.slice(5, 25), urls[0]!]), 'layout: closing\n---\n\n# Thanks']),
    });
    const model = buildModel(compiled.deck!);
    expect(model.references).toHaveLength(25);
    expect(model.slides.map((s) => [s.id, s.layout, s.references?.map((r) => r.n)[0], s.references?.length])).toEqual([
      ['title', 'title', undefined, undefined],
      ['a', 'section', undefined, undefined],
      ['a-cites-20', 'content', undefined, undefined],
      ['a-cites-21', 'content', undefined, undefined],
      ['references', 'references', 1, 12],
      ['references-2', 'references', 13, 12],
      ['references-3', 'references', 25, 1],
      ['a-thanks', 'closing', undefined, undefined],
    ]);
    expect(model.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(model.citations.get('a-cites-21')!.slice(0, 2)).toEqual([6, 7]);
    expect(model.citations.get('a-cites-21')!.at(-1)).toBe(1);
  });

  it('puts references last without a closing slide, and adds none without sources', async () => {
    const withSources = buildModel((await compileFiles({ 'sections/01-a.md': section('A', [cited(['"Plain text source"']), '\n# Last']) })).deck!);
    expect(withSources.slides.map((s) => s.layout).slice(-2)).toEqual(['content', 'references']);
    const without = buildModel((await compileFiles({ 'sections/01-a.md': section('A', ['\n# No sources']) })).deck!);
    expect(without.slides.some((s) => s.kind === 'references')).toBe(false);
    expect(without.references).toEqual([]);
  });
});
