import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deckSchema } from '../../../src/config/deck-schema.js';
import { splitSection } from '../../../src/load/split-section.js';
import { slideSchema } from '../../../src/validate/slide-schema.js';
import { jsonSchemas } from '../../../src/validate/json-schemas.js';

type Schema = Record<string, unknown>;
const generated = jsonSchemas() as Record<string, Schema>;

/** Just enough JSON Schema (the keywords the generated files use) to check real decks against them. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  if (schema.anyOf) return (schema.anyOf as Schema[]).some((s) => validate(s, value, path).length === 0) ? [] : [`${path}: matches no option`];
  const type = schema.type as string | string[] | undefined;
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not one of ${JSON.stringify(schema.enum)}`);
  if (schema.const !== undefined && schema.const !== value) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern as string).test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as Schema, child, `${path}.${key}`));
    }
  }
  return errors;
}

describe('JSON Schemas in schemas/', () => {
  it('list exactly the keys the zod schemas know, and mark others', () => {
    expect(Object.keys(generated.deck!.properties as object)).toEqual(Object.keys(deckSchema.shape));
    expect(Object.keys(generated.slide!.properties as object)).toEqual(Object.keys(slideSchema.shape));
    expect(generated.deck!.required).toEqual(['title']);
    expect(generated.deck!.additionalProperties).toBe(false);
    expect(validate(generated.slide!, { layuot: 'split' })).toEqual(['$.layuot: not allowed']);
  });

  it('accept the example decks as written', () => {
    for (const deck of ['decks/ai-not-a-bubble', 'tests/fuzz/seed-deck']) {
      expect(validate(generated.deck!, parse(readFileSync(join(deck, 'deck.yaml'), 'utf8')) as unknown), deck).toEqual([]);
      for (const file of readdirSync(join(deck, 'sections'))) {
        const split = splitSection(readFileSync(join(deck, 'sections', file), 'utf8'));
        if (split.frontMatter) expect(validate(generated.section!, parse(split.frontMatter.text) as unknown), file).toEqual([]);
        for (const slide of split.slides) {
          if (slide.frontMatter) expect(validate(generated.slide!, parse(slide.frontMatter.text) as unknown), `${file}:${slide.line}`).toEqual([]);
        }
      }
    }
  });

  it('reject what the build rejects', () => {
    expect(validate(generated.deck!, { subtitle: 'no title' })).toEqual(['$.title: required']);
    expect(validate(generated.slide!, { visual: 'centre' })).toEqual(['$.visual: not one of ["left","right"]']);
    expect(validate(generated.slide!, { stats: [1, 2, 3, 4, 5].map((n) => ({ value: n, label: 'x' })) })).toEqual(['$.stats: too many items']);
    expect(validate(generated.deck!, { title: 't', lang: 'english_US' })).toHaveLength(1);
  });
});
