/** Only http, https, mailto, #slide and relative links: any other scheme is UnsafeLinkScheme where it is written. */
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeck } from '../../../src/pipeline.js';
import { lintDeck } from '../../../src/lint/lint-deck.js';
import { removeTmpDeck, writeTmpDeck } from '../../helpers/tmp-deck.js';

let deck: string | undefined;
afterEach(async () => {
  if (deck) await removeTmpDeck(deck);
  deck = undefined;
});

const SOURCES = [
  '---', 'title: A', '---', '',
  '---',
  'sources:',
  '  - { text: ok, url: "https://example.org/" }',
  '  - { text: bad, url: "javascript:alert(1)" }',
  '  - { text: bad, url: " VBScript:msgbox" }',
  '  - { text: bad, url: "data:text/html,<script>1</script>" }',
  '  - { text: bad, url: "file:///etc/passwd" }',
  '---', '', '# Sources', '',
].join('\n');

const MARKDOWN = [
  '---', 'title: A', '---', '',
  '---', 'notes: "[n](vbscript:x)"', '---', '',
  '# Links', '',
  '[fine](https://example.org/) [mail](mailto:a@b.c) [slide](#title) [rel](notes.html)',
  'Text [evil](javascript:alert(1))',
  '![pic](file:///etc/passwd)',
  '',
].join('\n');

async function unsafeIn(files: Record<string, string>) {
  deck = await writeTmpDeck(files);
  const [compiled, linted] = [await compileDeck(deck), await lintDeck(deck)];
  const pick = (diagnostics: typeof compiled.diagnostics) =>
    diagnostics.filter((d) => d.code === 'UnsafeLinkScheme').map((d) => ({ line: d.line, column: d.column, severity: d.severity, file: d.file.replace(/^.*\//, '') })).sort((a, b) => a.line - b.line);
  expect(pick(linted.diagnostics)).toEqual(pick(compiled.diagnostics));
  return { found: pick(compiled.diagnostics), compiled };
}

describe('link schemes', () => {
  it('in sources are errors at each url, in build and lint alike', async () => {
    const { found, compiled } = await unsafeIn({ 'sections/01-a.md': SOURCES });
    expect(found).toEqual([8, 9, 10, 11].map((line) => ({ line, column: 23, severity: 'error', file: '01-a.md' })));
    expect(compiled.diagnostics.find((d) => d.line === 8)?.message).toContain('"javascript:"');
  });

  it('in Markdown (body, notes, images) are errors at the link, and never written into the deck', async () => {
    const { found, compiled } = await unsafeIn({ 'sections/01-a.md': MARKDOWN });
    expect(found).toEqual([
      { line: 6, column: 8, severity: 'error', file: '01-a.md' },
      { line: 12, column: 13, severity: 'error', file: '01-a.md' },
      { line: 13, column: 8, severity: 'error', file: '01-a.md' },
    ]);
    const html = compiled.targets[0]!.rendered.indexHtml;
    expect(html).not.toMatch(/javascript:|vbscript:|file:\/\//i);
    expect(html).toContain('href="mailto:a@b.c"');
  });

  it('a Vega-Lite href with javascript: is a located error, not a crash', async () => {
    deck = await writeTmpDeck({
      'data/points.csv': 'a,u\n1,javascript:alert(1)\n2,https://example.org/\n',
      'charts/c.vl.json': JSON.stringify({ data: { name: 'points' }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, href: { field: 'u' } } }),
      'sections/01-a.md': '---\ntitle: A\n---\n\n---\nchart: { vega-lite: charts/c.vl.json }\nsources: [S]\n---\n\n# Chart\n',
    });
    const compiled = await compileDeck(deck);
    const found = compiled.diagnostics.filter((d) => d.code === 'UnsafeLinkScheme');
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([[6, 21, 'error']]);
    expect(found[0]!.message).toContain('javascript:alert(1)');
  });
});
