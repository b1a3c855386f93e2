/**
 * The dev slide cache replays a slide's whole render — markup, problems, links
 * and the values it shows — while the data answers the questions it asked as
 * before; what it gives back equals a cold compile of the same files.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileDeck, type CompiledDeck } from '../../../src/pipeline.js';
import { DevBuilder } from '../../../src/serve/dev-builder.js';
import { MINI_DECK, writeMiniDeck } from './mini-deck.js';

let project: string;
let deckDir: string;
let builder: DevBuilder;

beforeEach(async () => {
  const files = { ...MINI_DECK, 'data/revenue.csv': 'year,revenue_usd,note\n2022,28000000,\n2024,3700000000,x\n' };
  files['sections/02-more.md'] = files['sections/02-more.md']!.replace('Nothing from data here', 'Note: {{ revenue[2022].note }}.');
  ({ project, deckDir } = await writeMiniDeck(files));
  builder = new DevBuilder(deckDir);
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string) {
  const path = join(deckDir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
  return builder.rebuild([path]);
}

/** What the slides of the full deck found: their problems and values, as a cold compile gives them. */
const found = (compiled: CompiledDeck) => compiled.targets[0]!.rendered.slides.map(({ slide, render }) => [slide.id, render.diagnostics, render.values]);
/** Every slide's whole render: markup, links, parts, and the questions asked with their answers. */
const renders = (compiled: CompiledDeck) => compiled.targets[0]!.rendered.slides.map(({ render }) => render);

describe('dev slide cache', () => {
  it('renders again only the slides whose cells changed, not every slide of the file', async () => {
    await builder.rebuild();
    // The 2022 revenue is read by the chart only; the sentence reads 2024.
    const report = await edit('data/revenue.csv', (t) => t.replace('28000000', '29000000'));
    expect(report.slides.rendered).toBe(1);
    expect(await readFile(join(builder.output.dir, 'index.html'), 'utf8')).toContain('Revenue reached $3.7B');
    expect(found(builder.compiled!)).toEqual(found(await compileDeck(deckDir)));
  });

  it('replays a reused slide\'s warning and values, moved with the lines added above it', async () => {
    const first = await builder.rebuild();
    expect(first.diagnostics).toMatchObject([{ code: 'EmptyCell', line: 19 }]);
    const report = await edit('sections/02-more.md', (t) => t.replace('# A picture', '# A picture\n\nWith two\nmore lines.'));
    expect(report.slides).toMatchObject({ rendered: 1, reused: first.slides.rendered - 1 });
    expect(report.diagnostics).toMatchObject([{ code: 'EmptyCell', line: 22 }]);
    const cold = await compileDeck(deckDir);
    expect(report.diagnostics).toEqual(cold.diagnostics);
    expect(found(builder.compiled!)).toEqual(found(cold));
    expect(renders(builder.compiled!)).toEqual(renders(cold));
  });

  it('replays a reused slide\'s links where they moved to, in the variant that leaves their target out', async () => {
    const linked = await edit('sections/01-money.md', (t) => t.replace('+ Third point', '+ Third point, then [the end](#closing-words)'));
    expect(linked.diagnostics.filter((d) => d.code === 'LinkOutsideVariant')).toMatchObject([{ line: 22 }]);
    const report = await edit('sections/01-money.md', (t) => t.replace('- A plain slide', '- A plain slide\n- and two\n- more lines'));
    expect(report.ok).toBe(true);
    // Only the opening slide (the talk cut leaves it out); the revenue slide below it is replayed in both builds.
    expect(report.slides.rendered).toBe(1);
    const cold = await compileDeck(deckDir);
    expect(report.diagnostics.filter((d) => d.code === 'LinkOutsideVariant')).toMatchObject([{ line: 24 }]);
    expect(report.diagnostics).toEqual(cold.diagnostics);
    const all = (compiled: CompiledDeck) => compiled.targets.map((t) => t.rendered.slides.map(({ render }) => render));
    expect(all(builder.compiled!)).toEqual(all(cold));
  });

  it('renders a slide again when the cell it reads is filled', async () => {
    await builder.rebuild();
    const report = await edit('data/revenue.csv', (t) => t.replace('28000000,', '28000000,early'));
    expect(report.slides.rendered).toBe(1);
    expect(report.diagnostics).toEqual([]);
    expect(await readFile(join(builder.output.dir, 'index.html'), 'utf8')).toContain('Note: early.');
  });
});
