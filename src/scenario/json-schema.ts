// JSON Schemas for editors, generated from the zod schema (never written by hand).
import { z } from 'zod';
import { Catalogue, Scenario } from '../core/schema';

export function schemaFiles(): Record<string, object> {
  const gen = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'scenario.schema.json': gen(Scenario, 'scamdrill scenario'),
    'catalogue.schema.json': gen(Catalogue, 'scamdrill red-flag catalogue'),
  };
}
