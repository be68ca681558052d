// Writes the JSON Schemas of the scenario format to scenarios/ (run after changing src/engine/schema.ts).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { jsonSchemas } from '../src/engine/json-schemas';

const dir = new URL('../scenarios/', import.meta.url);
for (const [name, text] of Object.entries(jsonSchemas())) {
  const file = new URL(name, dir);
  // Written as Prettier would, so that `prettier --check .` in `npm test` accepts the files.
  const options = (await resolveConfig(fileURLToPath(file))) ?? {};
  await writeFile(file, await format(text, { ...options, parser: 'json' }));
  console.log(`wrote ${fileURLToPath(new URL(name, dir))}`);
}
