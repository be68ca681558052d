import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatErrors, loadScenario } from '../src/engine';
import { readScenarioFolder } from '../src/node/read-scenario-folder';

const catalogId = 'virtual:scenario-catalog';
const scenarioPrefix = 'virtual:scenario/';
const resolved = (id: string): string => `\0${id}`;

/**
 * Embeds every folder under `scenarios/` in the game: each is loaded and checked at build time
 * (a broken scenario fails the build with the loader's own messages) and shipped as plain JSON,
 * so players never download the YAML parser or the schema for the scenarios that come with it.
 * `virtual:scenario-catalog` lists them, the default first; each loads as its own chunk.
 */
export function embedScenarios(options: { folder: string; defaultId: string }): Plugin {
  const folder = resolve(options.folder);
  const scenarioIds = (): string[] => {
    const ids = readdirSync(folder).filter((name) => statSync(join(folder, name)).isDirectory());
    return [
      ...ids.filter((id) => id === options.defaultId),
      ...ids.filter((id) => id !== options.defaultId).sort(),
    ];
  };
  const load = async (id: string) => {
    const result = loadScenario(await readScenarioFolder(join(folder, id)));
    if (!result.ok)
      throw new Error(`scenarios/${id} has problems:\n${formatErrors(result.errors)}`);
    return result.scenario;
  };

  return {
    name: 'spillage:embed-scenarios',
    resolveId(id) {
      return id === catalogId || id.startsWith(scenarioPrefix) ? resolved(id) : undefined;
    },
    async load(id) {
      if (id === resolved(catalogId)) {
        const entries = await Promise.all(
          scenarioIds().map(async (scenarioId) => {
            const { title, summary, estimatedMinutes, roles, accuracy } = await load(scenarioId);
            const card = {
              id: scenarioId,
              title,
              summary,
              estimatedMinutes,
              roleCount: roles.length,
              hasAccuracy: accuracy !== undefined,
            };
            return `{ ...${JSON.stringify(card)}, load: () => import(${JSON.stringify(scenarioPrefix + scenarioId)}).then((m) => m.default) }`;
          }),
        );
        return `export const scenarioCatalog = [${entries.join(',\n')}];`;
      }
      if (id.startsWith(resolved(scenarioPrefix))) {
        const scenarioId = id.slice(resolved(scenarioPrefix).length);
        for (const file of await readScenarioFolder(join(folder, scenarioId))) {
          this.addWatchFile(join(folder, '..', file.path));
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(await load(scenarioId)))});`;
      }
      return undefined;
    },
  };
}
