/**
 * A project's own templates, locale words and theme settings that cannot be read are
 * errors at their file and line, as a slide's are: not an InternalError ("a bug in
 * deckpress") at the first slide that uses them.
 */
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';

let project: string | undefined;
afterEach(async () => {
  if (project) await rm(project, { recursive: true, force: true });
  project = undefined;
});

const DECK = {
  'decks/d/sections/01-a.md': '---\ntitle: A\n---\n\n---\nid: first\nsources: [x]\n---\n\n# First\n',
};

async function errorsOf(files: Record<string, string>, deckYaml = 'title: D\n'): Promise<string[]> {
  project = await makeTmpDir('deckpress-templates-');
  await writeFiles(project, { ...DECK, 'decks/d/deck.yaml': deckYaml, ...files });
  const { diagnostics } = await compileDeck(join(project, 'decks', 'd'));
  const shown = relative(process.cwd(), project);
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.slice(shown.length + 1)}:${d.line}:${d.column} ${d.code}`);
}

describe('project templates', () => {
  it('a layout or partial Handlebars cannot read is TemplateSyntax at its file', async () => {
    expect(await errorsOf({ 'templates/layouts/content.hbs': '<section>\n{{#if slide.id}}\n</section>\n', 'templates/partials/footer.hbs': '{{#each x}}{{/if}}\n' })).toEqual([
      'templates/layouts/content.hbs:4:1 TemplateSyntax',
      'templates/partials/footer.hbs:1:4 TemplateSyntax',
    ]);
  });

  it('a locale file that is no YAML is YamlSyntax at its line', async () => {
    expect(await errorsOf({ 'templates/locales/en.yaml': 'agenda: Agenda\nsources: "Sources\n' })).toEqual(['templates/locales/en.yaml:2:10 YamlSyntax']);
  });

  it("a theme's theme.yaml that is no YAML is YamlSyntax at its line", async () => {
    const errors = await errorsOf({ 'templates/themes/mine/theme.css': 'section { color: black; }\n', 'templates/themes/mine/theme.yaml': 'fonts: [x\n' }, 'title: D\ntheme: mine\n');
    expect(errors).toEqual(['templates/themes/mine/theme.yaml:1:8 YamlSyntax']);
  });

  it('a project layout that reads fine is no error', async () => {
    expect(await errorsOf({ 'templates/layouts/content.hbs': '<section>{{{body}}}</section>\n' })).toEqual([]);
  });
});
