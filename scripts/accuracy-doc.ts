// The text of docs/accuracy.md, built from every scenario under scenarios/ (shared by the script
// that writes the file and the test that fails when the committed file is out of date).
// Words anything it prints in English (the catalogue every message is written in first).
import '../src/i18n/game-messages';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadScenario } from '../src/engine';
import { accuracyDocument } from '../src/facilitation/accuracy-notes';
import { formatErrors } from '../src/i18n/format-errors';
import { readScenarioFolder } from '../src/node/read-scenario-folder';

/** Where the doc lives, and where the scenarios are read from. */
export const ACCURACY_DOC = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
const SCENARIOS = fileURLToPath(new URL('../scenarios', import.meta.url));

/** docs/accuracy.md as the scenarios say it should read now (folders in name order). */
export async function accuracyDocText(): Promise<string> {
  const folders = (await readdir(SCENARIOS, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const scenarios = await Promise.all(
    folders.map(async (folder) => {
      const result = loadScenario(await readScenarioFolder(join(SCENARIOS, folder)));
      if (!result.ok)
        throw new Error(`scenarios/${folder} does not load:\n${formatErrors(result.errors)}`);
      return result.scenario;
    }),
  );
  return accuracyDocument(scenarios);
}
