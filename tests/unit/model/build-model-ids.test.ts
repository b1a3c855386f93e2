/** buildModel: slide ids, numbering, the title/agenda/divider slides the model generates. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build-model.js';
import type { CompiledDeck } from '../../../src/pipeline.js';
import { compileFiles, section } from '../../helpers/compile-files.js';

function model(compiled: CompiledDeck) {
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildModel(compiled.deck!);
}

describe('buildModel ids and numbering', () => {
  it('derives ids from the section file and the headline, and keeps written ids', async () => {
    const m = model(await compileFiles({
      'sections/02-revenue.md': section('Revenue', [
        '\n# OpenAI’s revenue grew 100× in just two years, a record',
        'id: written-id\n---\n\n# Any headline',
        '\n- a slide with no headline',
      ]),
    }));
    expect(m.slides.map((s) => s.id)).toEqual(['title', 'revenue', 'revenue-openai-s-revenue-grew-100', 'written-id', 'revenue-slide-3']);
  });

  it('keeps a derived id when a data reference in the headline changes', async () => {
    const ids = async (headline: string) =>
      model(await compileFiles({
        'sections/01-money.md': section('Money', [`\n# OpenAI expects {{ ${headline} }} of revenue in 2024`]),
        'data/openai-revenue.csv': 'year,revenue_usd\n2024,3700000000\n',
        'data/facts.yaml': 'revenue_2024: 3700000000\n',
      })).slides.map((s) => s.id);
    const before = await ids('openai-revenue[2024].revenue_usd | usd-compact');
    expect(before).toEqual(['title', 'money', 'money-openai-expects-of-revenue-in']);
    expect(await ids('facts.revenue_2024 | usd')).toEqual(before);
  });

  it('numbers clashing ids, never taking a written id or a generated slide id', async () => {
    const m = model(await compileFiles({
      'sections/01-a.md': section('A', ['\n# Same headline', '\n# Same headline', 'id: a-same-headline-2\n---\n\n# Other', '\n# References']),
    }));
    expect(m.slides.map((s) => s.id)).toEqual(['title', 'a', 'a-same-headline', 'a-same-headline-3', 'a-same-headline-2', 'a-references']);
  });

  it('gives a section a distinct id when its file name is a generated slide id or a written slide id', async () => {
    const m = model(await compileFiles({
      'sections/01-title.md': section('Title section', ['\n# One']),
      'sections/02-revenue.md': section('Revenue', ['\n# Two']),
      'sections/03-references.md': section('Further reading', ['id: revenue\nsources: [A book]\n---\n\n# Three']),
    }));
    const ids = m.slides.map((s) => s.id);
    expect(ids).toEqual(['title', 'agenda', 'title-section', 'title-section-one', 'revenue-section', 'revenue-section-two', 'references-section', 'revenue', 'references']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers slides 1..n and adds title, agenda and a divider per section', async () => {
    const m = model(await compileFiles({
      'sections/01-research.md': section('Research leads', ['\n# R1', '\n# R2'], 'nav: Research\n'),
      'sections/02-revenue.md': section('Revenue follows', ['\n# M1'], 'id: money\n'),
    }));
    expect(m.slides.map((s) => [s.number, s.kind, s.layout, s.id, s.section])).toEqual([
      [1, 'title', 'title', 'title', undefined],
      [2, 'agenda', 'agenda', 'agenda', undefined],
      [3, 'section', 'section', 'research', 0],
      [4, 'authored', 'content', 'research-r1', 0],
      [5, 'authored', 'content', 'research-r2', 0],
      [6, 'section', 'section', 'money', 1],
      [7, 'authored', 'content', 'money-m1', 1],
    ]);
    expect(m.sections.map((s) => [s.number, s.id, s.title, s.nav])).toEqual([
      [1, 'research', 'Research leads', 'Research'],
      [2, 'money', 'Revenue follows', 'Revenue follows'],
    ]);
    expect(m.slides[2]!.headline).toBe('Research leads');
  });

  it('has no agenda with a single section', async () => {
    const m = model(await compileFiles({ 'sections/01-only.md': section('Only', ['\n# One']) }));
    expect(m.slides.map((s) => s.kind)).toEqual(['title', 'section', 'authored']);
  });

  it('gives the same ids and numbers on every build of the same deck', async () => {
    const files = { 'sections/01-a.md': section('A', ['\n# Same', '\n# Same', '\n# Third']) };
    const first = model(await compileFiles(files));
    const second = model(await compileFiles(files));
    expect(second.slides.map((s) => [s.id, s.number])).toEqual(first.slides.map((s) => [s.id, s.number]));
  });
});
