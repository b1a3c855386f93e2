/**
 * Nothing outside the deck's project is read: symlinked section, data and asset
 * files are followed while they stay inside and are an OutsideProject error at
 * the link when they lead out; `../..` paths in deck.yaml `data:` and in
 * `vega-lite:` are errors at the line naming them.
 */
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { section } from '../../helpers/compile-files.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';
import { compileDeck } from '../../../src/pipeline.js';

let root: string;
let project: string;
let deck: string;
let elsewhere: string;
beforeEach(async () => {
  root = await makeTmpDir();
  project = join(root, 'project');
  deck = join(project, 'decks', 'x');
  elsewhere = join(root, 'elsewhere');
  await writeFiles(elsewhere, {
    'secret.md': section('Secret', ['id: secret\n---\n\n# Secret slide']),
    'secret.csv': 'year,value\n2024,42\n',
    'secret.json': '{"mark":"point"}',
    'secret.png': 'png',
  });
  await writeFiles(join(project, 'decks', 'shared'), { 'deck.yaml': 'title: Shared\n', 'data/shared.csv': 'year,value\n2024,7\n', 'sections/01-s.md': section('S', ['id: s\n---\n\n# S']) });
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function compile(files: Record<string, string>) {
  await writeFiles(deck, { 'deck.yaml': 'title: X\n', 'sections/01-a.md': section('A', ['id: plain\n---\n\n# Plain']), ...files });
  const compiled = await compileDeck(deck);
  return { compiled, outside: compiled.diagnostics.filter((d) => d.code === 'OutsideProject') };
}

describe('symlinks', () => {
  it('follows a symlinked section, data file and asset whose targets stay in the project', async () => {
    await writeFiles(join(project, 'shared'), { 'intro.md': section('Intro', ['id: intro\n---\n\n# Shared intro']), 'v.csv': 'year,value\n2024,5\n', 'pic.png': 'png' });
    await mkdir(join(deck, 'sections'), { recursive: true });
    await mkdir(join(deck, 'data'), { recursive: true });
    await mkdir(join(deck, 'assets'), { recursive: true });
    await symlink(join(project, 'shared', 'intro.md'), join(deck, 'sections', '00-intro.md'));
    await symlink(join(project, 'shared', 'v.csv'), join(deck, 'data', 'v.csv'));
    await symlink(join(project, 'shared', 'pic.png'), join(deck, 'assets', 'pic.png'));
    const { compiled, outside } = await compile({ 'sections/01-a.md': section('A', ['id: value\n---\n\n# Value {{ v[2024].value }}']) });
    expect(outside).toEqual([]);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = compiled.targets[0]!.rendered.indexHtml;
    expect(html).toContain('Shared intro');
    expect(html).toContain('Value 5');
    expect(compiled.deck!.assets).toContain('pic.png');
  });

  it('reports a section, data file or asset symlinked outside the project at the link, and reads none of them', async () => {
    await mkdir(join(deck, 'sections'), { recursive: true });
    await mkdir(join(deck, 'data'), { recursive: true });
    await mkdir(join(deck, 'assets'), { recursive: true });
    await symlink(join(elsewhere, 'secret.md'), join(deck, 'sections', '00-secret.md'));
    await symlink(join(elsewhere, 'secret.png'), join(deck, 'assets', 'secret.png'));
    const { compiled, outside } = await compile({});
    expect(outside.map((d) => [d.file.split('/').slice(-2).join('/'), d.line, d.column, d.severity]).sort()).toEqual([
      ['assets/secret.png', 1, 1, 'error'],
      ['sections/00-secret.md', 1, 1, 'error'],
    ]);
    expect(outside[0]!.message).toContain(elsewhere);
    expect(compiled.deck).toBeUndefined();

    await rm(join(deck, 'sections', '00-secret.md'));
    await rm(join(deck, 'assets', 'secret.png'));
    await symlink(join(elsewhere, 'secret.csv'), join(deck, 'data', 'secret.csv'));
    const data = await compile({ 'sections/01-a.md': section('A', ['id: a\n---\n\n# Secret {{ secret[2024].value }}']) });
    expect(data.outside).toMatchObject([{ file: expect.stringMatching(/data\/secret\.csv$/), line: 1, column: 1, severity: 'error' }]);
    expect(data.compiled.targets[0]?.rendered.indexHtml ?? '').not.toContain('Secret 42');
  });
});

describe('paths named in the deck', () => {
  it('a vega-lite spec outside the deck is OutsideProject at the chart line', async () => {
    const { outside } = await compile({ 'sections/01-a.md': section('A', ['id: c\nchart: { vega-lite: ../../../elsewhere/secret.json }\n---\n\n# Chart']) });
    expect(outside).toMatchObject([{ file: expect.stringMatching(/01-a\.md$/), line: 7, column: 21 }]);
  });

  it('a deck.yaml data folder may be a sibling deck\'s inside the project, never a folder outside it', async () => {
    const inside = await compile({ 'deck.yaml': 'title: X\ndata: [../shared/data]\n', 'sections/01-a.md': section('A', ['id: shared\n---\n\n# Shared {{ shared[2024].value }}']) });
    expect(inside.outside).toEqual([]);
    expect(inside.compiled.targets[0]!.rendered.indexHtml).toContain('Shared 7');

    const out = await compile({ 'deck.yaml': 'title: X\ndata:\n  - ../shared/data\n  - ../../../elsewhere\n' });
    expect(out.outside).toMatchObject([{ file: expect.stringMatching(/deck\.yaml$/), line: 4, column: 5 }]);
  });
});
