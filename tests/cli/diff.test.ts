/**
 * `deckpress diff OLD NEW`: built twice around an edit, the JSON lists exactly the
 * slides that changed and how; exit 0 when nothing did, 1 when something did, 2
 * when OLD or NEW cannot be compared.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckDiff } from '../../src/diff/compare-manifests.js';
import { writeDiffProject, type DiffProject } from './diff-deck.js';

let p: DiffProject;

beforeEach(async () => {
  p = await writeDiffProject();
});

afterEach(async () => {
  await rm(p.project, { recursive: true, force: true });
});

async function jsonDiff(a: string, b: string): Promise<{ code: number | null; diff: DeckDiff }> {
  const result = await p.diff(a, b, '--format', 'json');
  expect(result.stderr).toBe('');
  return { code: result.code, diff: JSON.parse(result.stdout) as DeckDiff };
}

describe('deckpress diff', () => {
  it('after one CSV cell is edited, lists exactly the slides that read it, with the values and the cell', async () => {
    const a = await p.build('a');
    await p.edit('data/revenue.csv', (t) => t.replace('2024,3700000000', '2024,4200000000'));
    const b = await p.build('b');
    const { code, diff } = await jsonDiff(a, b);
    expect(code).toBe(1);
    expect(diff.changed.map((c) => c.id).sort()).toEqual(['revenue-chart', 'revenue-text']);
    expect(diff).toMatchObject({ added: [], removed: [], moved: [] });
    const cell = { file: 'data/revenue.csv', row: '2024', column: 'revenue_usd' };
    const text = diff.changed.find((c) => c.id === 'revenue-text')!;
    expect(text.parts).toEqual(['text']);
    expect(text.values).toEqual([{ from: '$3.7B', to: '$4.2B', data: { expression: '{{ revenue[2024].revenue_usd | usd-compact }}', cells: [cell], at: expect.stringMatching(/^sections\/01-money\.md:\d+:\d+$/) } }]);
    const chart = diff.changed.find((c) => c.id === 'revenue-chart')!;
    expect(chart.parts).toEqual(['chart']);
    expect(chart.values).toEqual([{ from: '3700000000', to: '4200000000', data: { expression: 'chart.y: revenue_usd', cells: [cell], at: expect.any(String) } }]);
    // Every other slide of the deck is counted, not listed.
    const manifest = JSON.parse(await readFile(join(b, 'deck.json'), 'utf8')) as { slides: unknown[] };
    expect(diff.unchanged).toBe(manifest.slides.length - 2);

    const text2 = await p.diff(a, b);
    expect(text2.stdout).toContain('changed  revenue-text');
    expect(text2.stdout).toMatch(/\$3\.7B → \$4\.2B {2}data\/revenue\.csv \[2024\] revenue_usd/);
  });

  it('lists nothing and exits 0 for an unchanged rebuild', async () => {
    const a = await p.build('a');
    const b = await p.build('b');
    const { code, diff } = await jsonDiff(a, b);
    expect(code).toBe(0);
    expect(diff).toMatchObject({ added: [], removed: [], moved: [], changed: [] });
    expect(diff.unchanged).toBeGreaterThan(8);
  });

  it('reports a removed slide as removed and a reordered section as moved', async () => {
    const a = await p.build('a');
    await p.edit('sections/01-money.md', (t) => t.replace(/---\nid: early-years\n---\n\n# The early years\n\n- .*\n\n/, ''));
    await rename(join(p.deckDir, 'sections', '02-more.md'), join(p.deckDir, 'sections', '00-more.md'));
    const b = await p.build('b');
    const { code, diff } = await jsonDiff(a, b);
    expect(code).toBe(1);
    expect(diff.removed).toEqual(['early-years']);
    expect(diff.added).toEqual([]);
    // The smaller section moved in front of the other: its divider and slides.
    expect(diff.moved.map((m) => m.id)).toEqual(['more', 'more-one', 'more-two']);
    expect(diff.moved[0]).toMatchObject({ from: expect.any(Number), to: 3 });
  });

  it('reports a slide whose generated id changed with its headline as changed, not removed and added', async () => {
    const a = await p.build('a');
    await p.edit('sections/01-money.md', (t) => t.replace('# Plain words without an id', '# Plainer words without an id'));
    const b = await p.build('b');
    const { diff } = await jsonDiff(a, b);
    expect(diff).toMatchObject({ added: [], removed: [], moved: [] });
    expect(diff.changed).toMatchObject([{ was: 'money-plain-words-without-an-id', id: 'money-plainer-words-without-an-id', parts: ['text'], headline: 'Plainer words without an id' }]);
  });

  it('exits 2 naming the folder and what is missing when OLD or NEW is not a comparable build', async () => {
    const a = await p.build('a');
    const missing = await p.diff(a, join(p.project, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`error  DiffNotADeck  NEW "${join(p.project, 'nowhere')}" is not a built deck: there is no such folder.`);

    const old = join(p.project, 'old-build');
    await mkdir(old);
    await writeFile(join(old, 'index.html'), '<!doctype html>');
    const noManifest = await p.diff(old, a);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toContain(`OLD "${old}" is not a built deck: deck.json is missing`);

    await writeFile(join(old, 'deck.json'), JSON.stringify({ manifest: 0, slides: [] }));
    const version = await p.diff(old, a);
    expect(version.code).toBe(2);
    expect(version.stderr).toContain('DiffManifestIncompatible');
    expect(version.stderr).toContain('manifest version 0');
    expect(version.stderr).toMatch(/hint: .*deckpress build/);
    expect(version.stdout).toBe('');

    expect((await p.diff(a)).code).toBe(2);
    expect((await p.diff(a, a, '--format', 'yaml')).code).toBe(2);
  });

  it('refuses a --report folder that is, or holds, OLD or NEW (the report would replace it), and leaves both builds whole', async () => {
    const a = await p.build('a');
    const b = await p.build('b');
    for (const report of [a, join(p.project, 'builds'), join(p.project, 'builds', 'a', '..')]) {
      const refused = await p.diff(a, b, '--report', report);
      expect(refused.code, report).toBe(2);
      expect(refused.stderr).toContain('would replace the deck folder');
    }
    expect(JSON.parse(await readFile(join(a, 'deck.json'), 'utf8'))).toMatchObject({ deck: 'money' });
  });
});
