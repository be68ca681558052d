// Words anything it prints in English (the catalogue every message is written in first).
import '../src/i18n/game-messages';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario } from '../src/engine';
import { checkTranslationFiles } from '../src/engine/check-translation';
import { formatErrors } from '../src/i18n/format-errors';
import { readScenarioFolder } from '../src/node/read-scenario-folder';

const catalogId = 'virtual:scenario-catalog';
const scenarioPrefix = 'virtual:scenario/';
const resolved = (id: string): string => `\0${id}`;
const cardModule = resolve('src/ui/scenario-card.ts');

/**
 * Embeds every folder under `scenarios/` in the game, with its translations
 * (`scenarios/<id>/translations/<language>/`): each is loaded and checked at build time (a broken
 * scenario, or a translation that is not the same game, fails the build with the checker's own
 * messages) and shipped as plain JSON, so players never download the YAML parser or the schema for
 * the scenarios that come with it. `virtual:scenario-catalog` lists them, the default first; each
 * language of each scenario loads as its own chunk (`virtual:scenario/<id>/<language>`).
 */
export function embedScenarios(options: { folder: string; defaultId: string }): Plugin {
  const folder = resolve(options.folder);
  const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
  const scenarioIds = (): string[] => {
    const ids = readdirSync(folder).filter((name) => isFolder(join(folder, name)));
    return [
      ...ids.filter((id) => id === options.defaultId),
      ...ids.filter((id) => id !== options.defaultId).sort(),
    ];
  };
  const translationsOf = (id: string): string[] => {
    const translations = join(folder, id, 'translations');
    return isFolder(translations)
      ? readdirSync(translations)
          .filter((name) => isFolder(join(translations, name)))
          .sort()
      : [];
  };
  const load = async (id: string, language?: string) => {
    const original = await readScenarioFolder(join(folder, id));
    const files = language
      ? await readScenarioFolder(join(folder, id, 'translations', language))
      : original;
    const result = loadScenario(files);
    const errors = result.ok
      ? language
        ? checkTranslationFiles(original, files)
        : []
      : result.errors;
    if (!result.ok || errors.length > 0)
      throw new Error(
        `scenarios/${id}${language ? `/translations/${language}` : ''} has problems:\n${formatErrors(errors)}`,
      );
    return result.scenario;
  };
  const chunk = (id: string, language?: string): string =>
    `() => import(${JSON.stringify(`${scenarioPrefix}${id}${language ? `/${language}` : ''}`)}).then((m) => m.default)`;

  return {
    name: 'spillage:embed-scenarios',
    resolveId(id) {
      return id === catalogId || id.startsWith(scenarioPrefix) ? resolved(id) : undefined;
    },
    async load(id) {
      if (id === resolved(catalogId)) {
        const entries = await Promise.all(
          scenarioIds().map(async (scenarioId) => {
            const { title, summary, estimatedMinutes, roles, accuracy, language } =
              await load(scenarioId);
            const translations = await Promise.all(
              translationsOf(scenarioId).map(async (into) => {
                const translated = await load(scenarioId, into);
                return { language: into, title: translated.title, summary: translated.summary };
              }),
            );
            const card = {
              id: scenarioId,
              estimatedMinutes,
              roleCount: roles.length,
              hasAccuracy: accuracy !== undefined,
              texts: [{ language, title, summary }, ...translations],
            };
            const loaders = [
              `${JSON.stringify(language)}: ${chunk(scenarioId)}`,
              ...translations.map(
                (t) => `${JSON.stringify(t.language)}: ${chunk(scenarioId, t.language)}`,
              ),
            ];
            return `scenarioCard(${JSON.stringify(card)}, { ${loaders.join(', ')} })`;
          }),
        );
        return [
          `import { scenarioCard } from ${JSON.stringify(cardModule)};`,
          `export const scenarioCatalog = [${entries.join(',\n')}];`,
        ].join('\n');
      }
      if (id.startsWith(resolved(scenarioPrefix))) {
        const [scenarioId = '', language] = id.slice(resolved(scenarioPrefix).length).split('/');
        const watched = language
          ? join(folder, scenarioId, 'translations', language)
          : join(folder, scenarioId);
        for (const file of await readScenarioFolder(watched)) {
          this.addWatchFile(join(folder, file.path));
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(await load(scenarioId, language)))});`;
      }
      return undefined;
    },
  };
}
