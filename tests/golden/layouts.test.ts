/**
 * Golden tests: each built-in layout's rendered slide (its <section> in index.html,
 * not the reveal.js page around it) against tests/golden/<name>.html.
 * After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden, then review the diff.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/pipeline.js';
import type { DeckModel } from '../../src/model/types.js';
import { REPO_ROOT } from '../helpers/repo-root.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = join(REPO_ROOT, 'tests/golden');

/** Golden file name → id of the fixture slide it shows. */
const CASES: [golden: string, id: string][] = [
  ['title', 'title'],
  ['agenda', 'agenda'],
  ['section', 'text'],
  ['content', 'content'],
  ['quote', 'quote'],
  ['compare', 'compare'],
  ['split-right', 'split-right'],
  ['split-left', 'split-left'],
  ['image', 'image'],
  ['stat', 'stat'],
  ['table', 'table'],
  ['references', 'references'],
  ['closing', 'closing'],
];

let model: DeckModel;
const slides = new Map<string, string>();

beforeAll(async () => {
  const compiled = await compileDeck('tests/fixtures/basic-layouts');
  expect(compiled.diagnostics).toEqual([]);
  model = compiled.targets[0]!.model;
  for (const match of compiled.targets[0]!.rendered.indexHtml.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)) {
    slides.set(match[1]!, `${match[0]}\n`);
  }
});

describe('golden slides', () => {
  it('the fixture deck shows every built-in layout except chart (covered by the chart tests)', () => {
    const builtIn = readdirSync(join(REPO_ROOT, 'templates/layouts')).map((f) => f.replace(/\.hbs$/, '')).filter((l) => l !== 'chart');
    expect(new Set(model.slides.map((s) => s.layout))).toEqual(new Set(builtIn));
    expect(CASES.map(([, id]) => id).sort()).toEqual(model.slides.map((s) => s.id).filter((id) => id !== 'figures').sort());
  });

  it.each(CASES)('%s.html', async (golden, id) => {
    const html = slides.get(id);
    expect(html, `slide #${id}`).toBeDefined();
    const file = join(GOLDEN, `${golden}.html`);
    if (UPDATE) await writeFile(file, html!);
    expect(html).toBe(await readFile(file, 'utf8'));
  });
});
