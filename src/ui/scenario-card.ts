import type { Scenario } from '../engine/schema';
import { currentLanguage } from '../i18n/translate';

/** A built-in scenario's title and summary in one of its languages. */
interface CardText {
  language: string;
  title: string;
  summary: string;
}

/** What the build knows of a built-in scenario (build/embed-scenarios.ts). */
interface CardFacts {
  id: string;
  estimatedMinutes: number;
  roleCount: number;
  hasAccuracy: boolean;
  /** The original first, then each translation. */
  texts: CardText[];
}

/**
 * A built-in scenario as the picker lists it: its title, summary and text are in the page's
 * language when a translation exists, else in the original's (whose `language` then says so, for
 * the `lang` attribute and the "only in English" note). The ids are the same in every language,
 * so saves, share links and rooms work whatever language they are opened in.
 */
export function scenarioCard(
  facts: CardFacts,
  loaders: Readonly<Record<string, () => Promise<Scenario>>>,
) {
  const shown = (): CardText =>
    facts.texts.find((text) => text.language === currentLanguage()) ?? (facts.texts[0] as CardText);
  return {
    id: facts.id,
    estimatedMinutes: facts.estimatedMinutes,
    roleCount: facts.roleCount,
    hasAccuracy: facts.hasAccuracy,
    languages: facts.texts.map((text) => text.language),
    get language() {
      return shown().language;
    },
    get title() {
      return shown().title;
    },
    get summary() {
      return shown().summary;
    },
    load: (): Promise<Scenario> => (loaders[shown().language] as () => Promise<Scenario>)(),
  };
}
