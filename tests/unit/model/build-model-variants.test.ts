/** Variants: their own slide list, numbering and references; hidden slides and appendix sections left out. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build-model.js';
import type { ValidDeck } from '../../../src/validate/validate-deck.js';
import { compileFiles, section } from '../../helpers/compile-files.js';

let deck: ValidDeck;

beforeAll(async () => {
  const compiled = await compileFiles({
    'deck.yaml': [
      'title: Full deck',
      'variants:',
      '  talk: { title: Short talk, tags: [talk], brand: { tag: "#talk" } }',
      '  by-id: { ids: [r2] }',
      '  money: { sections: [02-revenue] }',
      '  everything: { tags: [talk, extra] }',
      '',
    ].join('\n'),
    'sections/01-research.md': section('Research', [
      'id: r1\nsources: ["Only in the full deck"]\n---\n\n# R1',
      'id: r2\ntags: [talk]\nsources: [{ text: Nature, url: "https://nature.com/x" }]\n---\n\n# R2',
      'id: r3\ntags: [talk]\nhidden: true\n---\n\n# Hidden everywhere',
    ]),
    'sections/02-revenue.md': section('Revenue', ['id: m1\n---\n\n# M1', 'id: m2\ntags: [extra]\n---\n\n# M2']),
    'sections/03-hidden.md': section('Hidden section', ['id: h1\ntags: [talk]\n---\n\n# H1'], 'hidden: true\n'),
    'sections/09-appendix.md': section('Appendix', ['id: x1\ntags: [talk]\n---\n\n# X1'], 'kind: appendix\n'),
  });
  expect(compiled.diagnostics).toEqual([]);
  deck = compiled.deck!;
});

const ids = (variant?: string) => buildModel(deck, variant).slides.map((s) => s.id);

describe('buildModel variants', () => {
  it('the full deck leaves out hidden slides and hidden sections but keeps the appendix', () => {
    expect(ids()).toEqual(['title', 'agenda', 'research', 'r1', 'r2', 'revenue', 'm1', 'm2', 'appendix', 'x1', 'references']);
  });

  it('a tag variant keeps tagged slides and the dividers of their sections, numbered from 1', () => {
    const talk = buildModel(deck, 'talk');
    expect(talk.slides.map((s) => [s.number, s.id])).toEqual([[1, 'title'], [2, 'research'], [3, 'r2'], [4, 'references']]);
    expect(talk.sections.map((s) => [s.number, s.id])).toEqual([[1, 'research']]);
    expect(talk.variant).toBe('talk');
    expect(talk.config.title).toBe('Short talk');
    expect(talk.config.brand).toEqual({ tag: '#talk' });
  });

  it('a variant has its own references, numbered from 1', () => {
    const talk = buildModel(deck, 'talk');
    expect(talk.references).toEqual([{ n: 1, text: 'Nature', url: 'https://nature.com/x' }]);
    expect(talk.citations.get('r2')).toEqual([1]);
    expect(buildModel(deck).citations.get('r2')).toEqual([2]);
  });

  it('selects by id and by section, and keeps the full deck ids', () => {
    expect(ids('by-id')).toEqual(['title', 'research', 'r2', 'references']);
    expect(ids('money')).toEqual(['title', 'revenue', 'm1', 'm2']);
    expect(ids('everything')).toEqual(['title', 'agenda', 'research', 'r2', 'revenue', 'm2', 'references']);
    expect([...buildModel(deck, 'money').fullDeckIds]).toEqual(expect.arrayContaining(['r1', 'x1', 'appendix']));
  });
});
