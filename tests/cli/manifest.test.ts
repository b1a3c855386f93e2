/**
 * Every build writes deck.json for the deck and each variant; the example decks'
 * manifests are valid against schemas/manifest.schema.json (checked by Ajv, not by
 * our own zod schema), and the same sources give the same bytes.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTmpDir } from '../helpers/tmp-deck.js';

let out: string;
const DECKS = ['ai-not-a-bubble', 'ai-not-a-bubble-zh'];

beforeAll(async () => {
  out = await makeTmpDir('deckpress-manifest-');
  for (const run of ['a', 'b']) {
    const result = await runCli(['build', ...DECKS.map((d) => join('decks', d)), '--out', join(out, run)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const manifest = async (path: string) => JSON.parse(await readFile(join(out, path), 'utf8')) as Record<string, unknown> & { slides: Record<string, unknown>[] };

describe('deck.json', () => {
  it('is valid against the published JSON Schema, for each example deck and variant', async () => {
    const schema = JSON.parse(await readFile(join(REPO_ROOT, 'schemas', 'manifest.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    for (const path of ['a/ai-not-a-bubble/deck.json', 'a/ai-not-a-bubble/talk/deck.json', 'a/ai-not-a-bubble-zh/deck.json']) {
      const valid = validate(await manifest(path));
      expect(validate.errors ?? [], path).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('lists every slide of the build in order, with the data values it shows and their cells', async () => {
    const full = await manifest('a/ai-not-a-bubble/deck.json');
    const html = await readFile(join(out, 'a/ai-not-a-bubble/index.html'), 'utf8');
    expect(full.slides.map((s) => s.id)).toEqual([...html.matchAll(/<section id="([^"]+)" class="slide /g)].map((m) => m[1]));
    expect(full.slides.map((s) => s.number)).toEqual(full.slides.map((_, i) => i + 1));
    const revenue = full.slides.find((s) => s.id === 'openai-revenue')!;
    expect(revenue).toMatchObject({ idWritten: true, layout: 'chart', section: 'revenue', at: expect.stringMatching(/^sections\/03-revenue\.md:\d+$/) });
    expect(revenue.values).toContainEqual({
      shown: '$3.7B',
      expression: '{{ openai-revenue[2024].revenue_usd | usd-compact }}',
      cells: [{ file: 'data/openai-revenue.csv', row: '2024', column: 'revenue_usd' }],
      at: expect.stringMatching(/^sections\/03-revenue\.md:\d+:\d+$/),
    });
    // A plotted value is placed at its chart's `data:` key in the section file.
    const section = (await readFile(join(REPO_ROOT, 'decks/ai-not-a-bubble/sections/03-revenue.md'), 'utf8')).split('\n');
    const dataLine = section.findIndex((line, i) => line === '  data: openai-revenue.csv' && section.slice(0, i).some((l) => l === 'id: openai-revenue'));
    expect(revenue.values).toContainEqual(expect.objectContaining({ expression: 'chart.y: revenue_usd', at: `sections/03-revenue.md:${dataLine + 1}:3` }));
    const talk = await manifest('a/ai-not-a-bubble/talk/deck.json');
    expect(talk.variant).toBe('talk');
    expect(talk.slides.length).toBeLessThan(full.slides.length);
  });

  it('is the same, byte for byte, when the same sources are built again', async () => {
    for (const deck of DECKS) {
      expect(await readFile(join(out, 'b', deck, 'deck.json'), 'utf8')).toBe(await readFile(join(out, 'a', deck, 'deck.json'), 'utf8'));
    }
  });
});
