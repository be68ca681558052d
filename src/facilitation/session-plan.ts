/**
 * A facilitated session's plan: which roles the room plays, by which team, in what order, and in
 * how many minutes. Pure data and arithmetic (runs in Node); the set-up screen edits it.
 */
import { MAX_TEAM_NAME_CHARS, MAX_TEAMS } from '../engine/limits';
import type { Scenario } from '../engine/schema';
import { presetsFor, TEAM_NAMES } from './plan-fit';
import { decisionKey, mainLineBeats, planMinutes, plannedRoles } from './plan-minutes';
import type { SessionPlan } from './room-record';
import { t } from '../i18n/translate';

export type { SessionPlan, TeamAssignment } from './room-record';
export type { MinutesPlan } from './plan-minutes';
export { TEAM_NAMES } from './plan-fit';

/** The shortest and longest sessions the plan accepts, in minutes. */
export const MIN_BUDGET_MINUTES = 20;
export const MAX_BUDGET_MINUTES = 240;

/**
 * A plan to start from: the first preset that fits (an hour's awareness session where every team
 * decides), else every role (the campaign, when there is one) in 60 or 90 minutes.
 */
export function defaultPlan(scenario: Scenario): SessionPlan {
  const presets = presetsFor(scenario);
  const preset = presets.find((p) => p.plan.budgetMinutes === 60) ?? presets[0];
  if (preset) return preset.plan;
  const roles = scenario.campaign?.order ?? scenario.roles.map((r) => r.id);
  return {
    scenarioId: scenario.id,
    mode: scenario.campaign ? 'campaign' : 'roles',
    teams: roles.map((role, i) => ({ role, team: TEAM_NAMES.numbered(i + 1) })),
    budgetMinutes: scenario.estimatedMinutes <= 60 ? 60 : 90,
  };
}

/**
 * The plan after a change at set-up: decisions narrated for a role no longer planned are let go
 * (a preset narrates some, and unticking that role must not leave the plan unplayable).
 */
export function withNarrationOfPlannedRoles(plan: SessionPlan): SessionPlan {
  if (!plan.narrate) return plan;
  const roles = new Set(plan.teams.map((team) => team.role));
  const narrate = plan.narrate.filter((key) => roles.has(key.split('/')[0] ?? ''));
  return narrate.length === plan.narrate.length ? plan : { ...plan, narrate };
}

/** What is wrong with a plan, one plain sentence each; empty when it can be played. */
export function checkPlan(scenario: Scenario, plan: SessionPlan): string[] {
  const problems: string[] = [];
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const name = (role: string): string => roles.get(role)?.name ?? `'${role}'`;
  if (plan.scenarioId !== scenario.id)
    problems.push(t('sessionPlan.otherScenario', { plan: plan.scenarioId, scenario: scenario.id }));
  if (plan.teams.length === 0) problems.push(t('sessionPlan.noRole'));
  const seen = new Set<string>();
  for (const { role, team } of plan.teams) {
    if (!roles.has(role)) problems.push(t('sessionPlan.unknownRole', { role }));
    else if (seen.has(role)) problems.push(t('sessionPlan.roleTwice', { role: name(role) }));
    seen.add(role);
    if (team.trim() === '') problems.push(t('sessionPlan.noTeam', { role: name(role) }));
    else if (team.length > MAX_TEAM_NAME_CHARS)
      problems.push(
        t('sessionPlan.teamNameTooLong', { role: name(role), max: MAX_TEAM_NAME_CHARS }),
      );
  }
  const budget = plan.budgetMinutes;
  if (!(budget >= MIN_BUDGET_MINUTES && budget <= MAX_BUDGET_MINUTES))
    problems.push(
      t('sessionPlan.budget', {
        min: MIN_BUDGET_MINUTES,
        max: MAX_BUDGET_MINUTES,
        budget: String(budget),
      }),
    );
  problems.push(...everyTeamProblems(plan.everyTeam), ...narrateProblems(scenario, plan));
  if (plan.mode === 'campaign') {
    const order = scenario.campaign?.order;
    if (!order) problems.push(t('sessionPlan.noCampaign'));
    else if (plan.teams.map((team) => team.role).join(' ') !== order.join(' '))
      problems.push(t('sessionPlan.campaignOrder', { roles: order.map(name).join(', ') }));
  }
  return problems;
}

/** The run sheet of a plan (see plan-minutes.ts): the name the set-up and the pack know it by. */
export const suggestMinutes = planMinutes;

/** What is wrong with the names of the teams that all decide. */
function everyTeamProblems(names: readonly string[] | undefined): string[] {
  if (names === undefined) return [];
  const problems: string[] = [];
  if (names.length < 2) problems.push(t('sessionPlan.everyTeamTwo'));
  if (names.length > MAX_TEAMS) problems.push(t('sessionPlan.everyTeamMax', { max: MAX_TEAMS }));
  names.forEach((name, i) => {
    if (name.trim() === '') problems.push(t('sessionPlan.everyTeamNoName', { number: i + 1 }));
    else if (name.length > MAX_TEAM_NAME_CHARS)
      problems.push(
        t('sessionPlan.everyTeamNameTooLong', { number: i + 1, max: MAX_TEAM_NAME_CHARS }),
      );
  });
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (key && seen.has(key))
      problems.push(t('sessionPlan.everyTeamSameName', { name: name.trim() }));
    seen.add(key);
  }
  return problems;
}

/** A decision to narrate must be one on a planned role's main line. */
function narrateProblems(scenario: Scenario, plan: SessionPlan): string[] {
  const known = new Set(
    plannedRoles(scenario, plan).flatMap((role) =>
      mainLineBeats(role)
        .filter((beat) => beat.decision)
        .map((beat) => decisionKey(role.id, beat.id)),
    ),
  );
  return (plan.narrate ?? [])
    .filter((key) => !known.has(key))
    .map((key) => t('sessionPlan.narrateUnknown', { key }));
}
