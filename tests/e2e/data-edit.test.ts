/**
 * Issue 3's promise: edit one cell in data/, rebuild, and every chart, table and
 * sentence that reads it follows. Uses a copy of the example deck and the real CLI.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';

let project: string;
const deck = () => join(project, 'decks', 'ai-not-a-bubble');
const csv = () => join(deck(), 'data', 'openai-revenue.csv');

/** The `<section>` of one slide in the built deck. */
function slideHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

async function build(): Promise<{ html: string; stdout: string }> {
  const result = await runCli(['build', 'decks/ai-not-a-bubble'], project);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { html: await readFile(join(project, 'dist', 'ai-not-a-bubble', 'index.html'), 'utf8'), stdout: result.stdout };
}

describe('editing one data cell', () => {
  let before: { html: string; stdout: string };
  let after: { html: string; stdout: string };
  let again: { html: string; stdout: string };

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'deckpress-data-edit-'));
    await cp(join(REPO_ROOT, 'decks', 'ai-not-a-bubble'), deck(), { recursive: true });
    before = await build();
    const original = await readFile(csv(), 'utf8');
    await writeFile(csv(), original.replace('2024,3700000000,', '2024,4200000000,'));
    after = await build();
    again = await build();
  }, 60_000);

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('starts from the value in the CSV', () => {
    const slide = slideHtml(before.html, 'openai-revenue');
    expect(slide).toContain('$3.7B');
  });

  it('updates the chart SVG: value label and the accessible description', () => {
    const slide = slideHtml(after.html, 'openai-revenue');
    const svg = slide.slice(slide.indexOf('<svg'), slide.indexOf('</svg>'));
    expect(svg).toMatch(/>\$4\.2B<\/text>/);
    expect(svg).toMatch(/<desc[^>]*>[^<]*2024: \$4\.2B/);
    expect(svg).not.toContain('$3.7B');
  });

  it('updates the headline that cites the cell, and the derived ratio', () => {
    const headline = /<h1 class="headline">([\s\S]*?)<\/h1>/.exec(slideHtml(after.html, 'openai-revenue'))![1]!;
    expect(headline).toContain('$4.2B');
    expect(headline).not.toContain('$3.7B');
    // 4.2B / 28M = 150×
    expect(slideHtml(after.html, 'openai-revenue')).toContain('150×');
  });

  it('updates every other slide that reads the same cell, leaving the old value nowhere', () => {
    expect(slideHtml(after.html, 'humanoid-risk')).toContain('$4.2B');
    expect(after.html).not.toContain('$3.7B');
    expect(before.html.split('$3.7B').length).toBeGreaterThan(2);
  });

  it('redraws only the charts that read the changed file, and none when nothing changed', () => {
    const drawn = (stdout: string) => Number(/charts: (\d+) drawn/.exec(stdout)?.[1]);
    expect(drawn(before.stdout)).toBeGreaterThanOrEqual(8);
    expect(drawn(after.stdout)).toBe(1);
    expect(drawn(again.stdout)).toBe(0);
  });
});
