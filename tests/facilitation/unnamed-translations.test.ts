import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load-scenario';
import { formatErrors } from '../../src/i18n/format-errors';
import type { Scenario } from '../../src/engine/schema';
import { unnameScenario } from '../../src/facilitation/unnamed';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';

/** Every string a reader sees outside the verbatim excerpts, with where it is. */
function prose(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => prose(item, `${path}.${i}`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value))
      if (!['quote', 'unnamed', 'id', 'cites', 'basis'].includes(key))
        prose(inner, `${path}.${key}`, out);
  return out;
}

async function load(folder: string): Promise<Scenario> {
  const result = loadScenario(await readScenarioFolder(folder));
  if (!result.ok) throw new Error(formatErrors(result.errors));
  return result.scenario;
}

describe('names withheld, in each language of the scenario', () => {
  it.each(['scenarios/equation-group', 'scenarios/equation-group/translations/de'])(
    '%s: no name is left in any text a room reads, and the English excerpts keep English words',
    async (folder) => {
      const scenario = await load(folder);
      const unnamed = unnameScenario(scenario);
      const left = prose(unnamed).filter(([, text]) => /Kaspersky/.test(text));
      expect(left.map(([path, text]) => `${path}: ${text.slice(0, 120)}`)).toEqual([]);
      const excerpts = (unnamed.sources ?? []).map((source) => source.quote).join('\n');
      expect(excerpts).not.toMatch(/Kaspersky/);
      expect(excerpts).not.toMatch(/\[(der|des|dem) /);
    },
  );
});
