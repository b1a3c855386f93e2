/** Every committed generated file is current: regenerate with `npm run generate`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/generated-files.js';
// @ts-expect-error plain JS module shared with scripts/generate.js
import { headlineFontState } from '../../scripts/headline-font.js';

describe('generated files (npm run generate)', () => {
  const files = generatedFiles();

  it('cover the JSON Schemas and the diagnostics page', () => {
    expect([...files.keys()].sort()).toEqual(['docs/diagnostics.md', 'schemas/deck.schema.json', 'schemas/manifest.schema.json', 'schemas/section.schema.json', 'schemas/slide.schema.json']);
  });

  it.each([...files.keys()])('%s is up to date', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(files.get(path));
  });

  it('the headline font widths were measured from the font installed now', async () => {
    const state = (await headlineFontState()) as { file: string; font: string; current: boolean };
    expect(state.font).toMatch(/sha256 [0-9a-f]{64}$/);
    expect(state.current, `${state.file} is not from ${state.font}`).toBe(true);
  });
});
