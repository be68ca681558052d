import { z } from './zod';
import { RoleSchema, ScenarioFileSchema, ScenarioSchema, SourcesFileSchema } from './schema';

/** The JSON Schemas editors use, by file name under `scenarios/`, generated from the zod schema. */
export function jsonSchemas(): Record<string, string> {
  const write = (schema: z.ZodType, title: string): string =>
    `${JSON.stringify({ ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }), title }, null, 2)}\n`;
  return {
    'scenario.schema.json': write(
      ScenarioSchema,
      'Spillage scenario (the whole document in one file)',
    ),
    'scenario-file.schema.json': write(
      ScenarioFileSchema,
      'Spillage scenario.yaml (in a scenario folder)',
    ),
    'sources.schema.json': write(SourcesFileSchema, 'Spillage sources.yaml (in a scenario folder)'),
    'role.schema.json': write(RoleSchema, 'Spillage roles/<role-id>.yaml (in a scenario folder)'),
  };
}
