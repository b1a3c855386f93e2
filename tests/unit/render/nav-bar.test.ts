/** The nav bar: rendered once per section from partials/nav-bar.hbs, and still overridable by a project. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { section } from '../../helpers/compile-files.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';
import { rm } from 'node:fs/promises';

let project: string | undefined;
afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

const deck = {
  'decks/deck/deck.yaml': 'title: Deck\nlang: en\n',
  'decks/deck/sections/01-a.md': section('Alpha', ['id: a1\n---\n\n# A one', 'id: a2\n---\n\n# A two']),
  'decks/deck/sections/02-b.md': section('Beta', ['id: b1\n---\n\n# B one']),
};

/** Each slide's markup by id. */
async function slidesOf(files: Record<string, string>): Promise<Map<string, string>> {
  project = await makeTmpDir();
  await writeFiles(project, { ...deck, ...files });
  const compiled = await compileDeck(join(project, 'decks', 'deck'));
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map([...compiled.targets[0]!.rendered.indexHtml.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => [m[1]!, m[0]]));
}

describe('nav bar', () => {
  it("marks each slide's own section current, and no other", async () => {
    const slides = await slidesOf({});
    const current = (id: string) => [...slides.get(id)!.matchAll(/class="nav-item current"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(current('a1')).toEqual(['Alpha']);
    expect(current('a2')).toEqual(['Alpha']);
    expect(current('b1')).toEqual(['Beta']);
    expect(slides.get('a1')).toContain('<a href="#a" class="nav-item current" aria-current="true">Alpha</a><span class="nav-sep" aria-hidden="true">|</span><a href="#b" class="nav-item">Beta</a>');
  });

  it("uses a project's partials/nav-bar.hbs on every slide, per section", async () => {
    const slides = await slidesOf({ 'templates/partials/nav-bar.hbs': '<nav class="mine">{{#each nav}}{{#if current}}[{{label}}]{{/if}}{{/each}}</nav>\n' });
    expect(slides.get('a1')).toContain('<nav class="mine">[Alpha]</nav>\n  <div class="slide-tag">');
    expect(slides.get('a2')).toContain('<nav class="mine">[Alpha]</nav>');
    expect(slides.get('b1')).toContain('<nav class="mine">[Beta]</nav>');
  });

  it("still gives a project's own chrome-top the nav list", async () => {
    const slides = await slidesOf({ 'templates/partials/chrome-top.hbs': '<header class="chrome-top">{{#each nav}}<i>{{label}}{{#if current}}*{{/if}}</i>{{/each}}</header>\n' });
    expect(slides.get('b1')).toContain('<header class="chrome-top"><i>Alpha</i><i>Beta*</i></header>');
  });
});
