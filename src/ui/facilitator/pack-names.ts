/** How the set-up screen and the printed pack name a plan's parts, in the same words. */
import type { Role, Scenario } from '../../engine/schema';
import type { SessionPlan } from '../../facilitation/session-plan';

/** The two ways a room plays, as the set-up screen offers them and the pack's cover repeats. */
export const MODE_LABELS: Record<SessionPlan['mode'], string> = {
  campaign: 'Campaign: every role in order, each shaping the next',
  roles: 'Chosen roles, one after another, each from history',
};

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
 * The words for the path the `historical` choices trace. In a fictional scenario nothing
 * happened "historically": the same flags mark the story's main line.
 */
export function pathWords(scenario: Scenario): {
  onPath: string;
  offPath: string;
  happened: string;
  reality: string;
} {
  return scenario.fictional
    ? {
        onPath: 'On the main line',
        offPath: 'Off the main line',
        happened: 'The main line',
        reality: 'How the main line ends',
      }
    : {
        onPath: 'On the historical path',
        offPath: 'Off the historical path',
        happened: 'Happened historically',
        reality: 'What really happened',
      };
}
