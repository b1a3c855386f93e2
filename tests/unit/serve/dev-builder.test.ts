/**
 * Incremental rebuilds: an edit re-reads the file and re-renders only the slides
 * that read it, and what is written is byte for byte what a cold compile of the
 * same files gives. A broken edit keeps the last good output.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { DevBuilder } from '../../../src/serve/dev-builder.js';
import { writeFiles } from '../../helpers/tmp-deck.js';
import { writeMiniDeck } from './mini-deck.js';

let project: string;
let deckDir: string;
let builder: DevBuilder;

beforeEach(async () => {
  ({ project, deckDir } = await writeMiniDeck());
  builder = new DevBuilder(deckDir);
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

const out = (file: string) => readFile(join(builder.output.dir, file), 'utf8');

/** Edits a deck file and rebuilds with its path, as the watcher does. */
async function edit(file: string, change: (text: string) => string) {
  const path = join(deckDir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
  return builder.rebuild([path]);
}

/** Every page the dev build wrote equals a cold compile of the same files. */
async function expectSameAsColdCompile(): Promise<void> {
  const cold = await compileDeck(deckDir);
  expect(cold.diagnostics).toEqual([]);
  for (const { variant, rendered } of cold.targets) {
    expect(await out(join(variant ?? '', 'index.html'))).toBe(rendered.indexHtml);
    expect(await out(join(variant ?? '', 'print.html'))).toBe(rendered.printHtml);
  }
}

describe('DevBuilder', () => {
  it('builds everything first, into the project cache, not dist/', async () => {
    const report = await builder.rebuild();
    expect(report).toMatchObject({ ok: true, changed: true, buildId: 1, diagnostics: [] });
    expect(report.slides.reused).toBe(0);
    expect(builder.output.dir).toBe(join(project, '.deckpress-cache', 'dev', 'mini'));
    expect(await out('index.html')).toContain('Revenue reached $3.7B');
    expect(await out('talk/index.html')).toContain('Revenue reached $3.7B');
    expect(await out('assets/media/pic.svg')).toContain('<svg');
  });

  it('after a text edit, renders only the edited slide again', async () => {
    await builder.rebuild();
    const report = await edit('sections/02-more.md', (t) => t.replace('Nothing from data here', 'Still nothing from data'));
    // closing-words is not in the talk variant: one slide, once.
    expect(report).toMatchObject({ ok: true, changed: true, buildId: 2, slides: { rendered: 1 } });
    expect(await out('index.html')).toContain('Still nothing from data');
    await expectSameAsColdCompile();
  });

  it('after a CSV edit, renders only the slides and chart reading it again', async () => {
    await builder.rebuild();
    const chartBefore = /<section id="revenue-chart"[\s\S]*?<\/section>/.exec(await out('index.html'))![0];
    const report = await edit('data/revenue.csv', (t) => t.replace('3700000000', '4200000000'));
    // revenue (full deck and talk variant) and revenue-chart.
    expect(report.slides.rendered).toBe(3);
    const html = await out('index.html');
    expect(html).toContain('Revenue reached $4.2B');
    expect(/<section id="revenue-chart"[\s\S]*?<\/section>/.exec(html)![0]).not.toBe(chartBefore);
    expect(await out('talk/index.html')).toContain('Revenue reached $4.2B');
    await expectSameAsColdCompile();
  });

  it('keeps the last good output on a broken edit, and says where the problem is', async () => {
    await builder.rebuild();
    const before = await out('index.html');
    const broken = await edit('sections/01-money.md', (t) => t.replace('id: opening', 'id: [opening'));
    expect(broken.ok).toBe(false);
    expect(broken.buildId).toBe(1);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'YamlSyntax', file: expect.stringMatching(/sections\/01-money\.md$/), line: 6 });
    expect(await out('index.html')).toBe(before);
    // Fixing it gives the same output again: nothing to write, nothing to reload.
    const fixed = await edit('sections/01-money.md', (t) => t.replace('id: [opening', 'id: opening'));
    expect(fixed).toMatchObject({ ok: true, changed: false, buildId: 1, diagnostics: [] });
  });

  it('follows slides added above others, sections renamed and deck.yaml edits', async () => {
    await builder.rebuild();
    await edit('sections/01-money.md', (t) => t.replace('---\nid: opening', '---\nid: first\n---\n\n# A new first slide\n\n---\nid: opening'));
    await expectSameAsColdCompile();
    await edit('sections/02-more.md', (t) => t.replace('title: More', 'title: Much more'));
    await expectSameAsColdCompile();
    const report = await edit('deck.yaml', (t) => t.replace('Mini deck', 'Renamed deck'));
    expect(report.ok).toBe(true);
    expect(await out('index.html')).toContain('<title>Renamed deck</title>');
    await expectSameAsColdCompile();
  });

  it('renders a slide again when the data file it missed appears', async () => {
    await builder.rebuild();
    const missing = await edit('sections/02-more.md', (t) => t.replace('Nothing from data here', 'Users: {{ users[2024].count }}'));
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics.map((d) => d.code)).toContain('DataFileNotFound');
    const path = join(deckDir, 'data', 'users.csv');
    await writeFile(path, 'year,count\n2024,12\n');
    const found = await builder.rebuild([path]);
    expect(found.ok).toBe(true);
    expect(await out('index.html')).toContain('Users: 12');
    await expectSameAsColdCompile();
  });

  it('copies an edited asset, and rewrites everything when a project template changes', async () => {
    await builder.rebuild();
    const asset = join(deckDir, 'assets', 'pic.svg');
    await writeFile(asset, '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>\n');
    expect((await builder.rebuild([asset])).changed).toBe(true);
    expect(await out('assets/media/pic.svg')).toContain('<circle');
    expect(await out('talk/assets/media/pic.svg')).toContain('<circle');

    const layout = await readFile(join(process.cwd(), 'templates', 'layouts', 'content.hbs'), 'utf8');
    await writeFiles(join(project, 'templates'), { 'layouts/content.hbs': `<p class="project-layout"></p>\n${layout}` });
    const report = await builder.rebuild([join(project, 'templates', 'layouts', 'content.hbs')]);
    expect(report.slides.reused).toBe(0);
    expect(await out('index.html')).toContain('project-layout');
    await expectSameAsColdCompile();
  });

  it('copies an edited file that a slide links to (published under assets/files/), in the deck and in its variant', async () => {
    await writeFiles(deckDir, { 'docs/method.txt': 'first method\n' });
    await edit('sections/01-money.md', (t) => t.replace('- A plain slide', '- A plain slide, see [the method](docs/method.txt)'));
    await builder.rebuild();
    expect(await out('assets/files/docs/method.txt')).toBe('first method\n');
    const linked = join(deckDir, 'docs', 'method.txt');
    await writeFile(linked, 'second method\n');
    expect((await builder.rebuild([linked])).changed).toBe(true);
    expect(await out('assets/files/docs/method.txt')).toBe('second method\n');
    expect(await out('talk/assets/files/docs/method.txt')).toBe(await out('assets/files/docs/method.txt'));
    await expectSameAsColdCompile();
    // A file of the deck no slide links to is not published.
    const unlinked = join(deckDir, 'docs', 'notes.txt');
    await writeFile(unlinked, 'private\n');
    await builder.rebuild([unlinked]);
    await expect(out('assets/files/docs/notes.txt')).rejects.toThrow();
  });

  it('watches the deck, the extra data folders deck.yaml names and the project templates', async () => {
    await builder.rebuild();
    expect(builder.watchedPaths()).toEqual([deckDir, join(project, 'templates')]);
    await writeFiles(project, { 'shared/people.csv': 'name,count\nada,3\n' });
    const report = await edit('deck.yaml', (t) => `${t}data: [../../shared]\n`);
    expect(report.ok).toBe(true);
    expect(builder.watchedPaths()).toEqual([deckDir, join(project, 'shared'), join(project, 'templates')]);
    // A table of the extra folder is read like one of data/, and rebuilt when it changes.
    expect((await edit('sections/02-more.md', (t) => t.replace('Nothing from data here', 'People: {{ people[ada].count }}'))).diagnostics).toEqual([]);
    expect(await out('index.html')).toContain('People: 3');
    const shared = join(project, 'shared', 'people.csv');
    await writeFile(shared, 'name,count\nada,4\n');
    expect((await builder.rebuild([shared])).slides.rendered).toBe(1);
    expect(await out('index.html')).toContain('People: 4');
  });

  it('reports a build that throws instead of throwing, and recovers', async () => {
    await builder.rebuild();
    // A folder where the page should be written: writing it throws.
    const page = join(builder.output.dir, 'print.html');
    await rm(page);
    await mkdir(page);
    const report = await edit('sections/01-money.md', (t) => t.replace('# ', '# Changed: '));
    expect(report.ok).toBe(false);
    expect(report.error?.message).toMatch(/EISDIR|ENOTEMPTY|EEXIST/);
    await rm(page, { recursive: true });
    expect((await edit('sections/01-money.md', (t) => t.replace('# Changed: ', '# '))).ok).toBe(true);
    await expectSameAsColdCompile();
  });
});
