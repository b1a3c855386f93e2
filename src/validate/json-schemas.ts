import { z } from 'zod';
import { deckSchema } from '../config/deck-schema.js';
import { sectionSchema, slideSchema } from './slide-schema.js';

/**
 * JSON Schemas for editors (the YAML language server), generated from the zod
 * schemas the build validates with, so the two cannot drift apart. The schemas
 * describe what authors write (zod's input side). `npm run generate`
 * writes them to schemas/; a test checks the files are up to date.
 */
export function jsonSchemas(): Record<'deck' | 'slide' | 'section', object> {
  return {
    deck: generate(deckSchema, 'deckpress deck.yaml', "A deck's settings: decks/<deck>/deck.yaml."),
    slide: generate(slideSchema, 'deckpress slide front matter', 'The YAML block that opens a slide in sections/*.md.'),
    section: generate(sectionSchema, 'deckpress section front matter', 'The YAML block that opens a section file, sections/*.md.'),
  };
}

/** The JSON Schema of a zod schema, titled, with every object closed to unknown keys. */
export function generate(schema: z.ZodType, title: string, description: string): object {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // YAML reads 2024-10-15 as a date; in the editor it is an ISO date string.
    override: (ctx) => {
      if (ctx.zodSchema instanceof z.ZodDate) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Record<string, unknown>;
  closeObjects(json);
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

/**
 * deckpress warns about keys it does not know (they are ignored); an editor should
 * mark them too, so every object with known properties allows no others.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  if (object.type === 'object' && object.properties && object.additionalProperties === undefined) object.additionalProperties = false;
  Object.values(object).forEach(closeObjects);
}
