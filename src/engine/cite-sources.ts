import type { Scenario } from './schema';
import type { SourceView } from './view-types';

/** Resolves source ids to their excerpts, in order; an unknown id (refused at load) is skipped. */
export function citeSources(scenario: Scenario, ids: readonly string[] | undefined): SourceView[] {
  return (ids ?? []).flatMap((id) => {
    const source = scenario.sources?.find((entry) => entry.id === id);
    if (!source) return [];
    const { quote, attribution, translation } = source;
    const quoteLanguage = scenario.sourceLanguage ?? scenario.language;
    return [{ id, quote, quoteLanguage, attribution, ...(translation ? { translation } : {}) }];
  });
}
