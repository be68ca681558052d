/** How the set-up screen and the printed pack name a plan's parts, in the same words. */
import type { Role, Scenario } from '../../engine/schema';
import type { SessionPlan } from '../../facilitation/session-plan';
import { t } from '../../i18n/translate';

/** The roles the plan plays, in playing order, with their teams (unknown role ids are skipped). */
export function playedRoles(scenario: Scenario, plan: SessionPlan): { role: Role; team: string }[] {
  return plan.teams.flatMap(({ role, team }) => {
    const found = scenario.roles.find((entry) => entry.id === role);
    return found ? [{ role: found, team }] : [];
  });
}

/** A role's display name, or its id when the scenario has no such role. */
export function roleName(scenario: Scenario, roleId: string): string {
  return scenario.roles.find((entry) => entry.id === roleId)?.name ?? roleId;
}

/**
 * The words for the path the `historical` and `assumed` choices trace: the scenario's main line.
 * Whether the source says a choice on it was done is marked choice by choice (history-words.ts);
 * `explained` says so once, and a fictional scenario, with no source, needs no such note.
 */
export function pathWords(scenario: Scenario): {
  offPath: string;
  explained: string | null;
  ending: string;
} {
  return {
    offPath: t('pack.offPath'),
    explained: scenario.fictional ? null : t('history.mainLineExplained'),
    ending: t('pack.mainLineEnds'),
  };
}
