/**
 * A facilitated session's plan: which roles the room plays, by which team, in what order, and in
 * how many minutes. Pure data and arithmetic (runs in Node); the set-up screen edits it.
 */
import { MAX_TEAM_NAME_CHARS, MAX_TEAMS } from '../engine/limits';
import type { Scenario } from '../engine/schema';
import { presetsFor } from './plan-fit';
import { decisionKey, mainLineBeats, planMinutes, plannedRoles } from './plan-minutes';
import type { SessionPlan } from './room-record';

export type { SessionPlan, TeamAssignment } from './room-record';
export type { MinutesPlan } from './plan-minutes';

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
    teams: roles.map((role, i) => ({ role, team: `Team ${i + 1}` })),
    budgetMinutes: scenario.estimatedMinutes <= 60 ? 60 : 90,
  };
}

/**
 * The plan after a change at set-up: decisions narrated for a role no longer planned are let go
 * (a preset narrates some, and unticking that role must not leave the plan unplayable).
 */
export function withNarrationOfPlannedRoles(plan: SessionPlan): SessionPlan {
  if (!plan.narrate) return plan;
  const roles = new Set(plan.teams.map((t) => t.role));
  const narrate = plan.narrate.filter((key) => roles.has(key.split('/')[0] ?? ''));
  return narrate.length === plan.narrate.length ? plan : { ...plan, narrate };
}

/** What is wrong with a plan, one plain sentence each; empty when it can be played. */
export function checkPlan(scenario: Scenario, plan: SessionPlan): string[] {
  const problems: string[] = [];
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const name = (role: string): string => roles.get(role)?.name ?? `'${role}'`;
  if (plan.scenarioId !== scenario.id)
    problems.push(`This plan is for scenario '${plan.scenarioId}', not '${scenario.id}'.`);
  if (plan.teams.length === 0) problems.push('Choose at least one role to play.');
  const seen = new Set<string>();
  for (const { role, team } of plan.teams) {
    if (!roles.has(role)) problems.push(`There is no role '${role}' in this scenario.`);
    else if (seen.has(role))
      problems.push(`${name(role)} is in the plan twice; play each role once.`);
    seen.add(role);
    if (team.trim() === '') problems.push(`${name(role)} has no team: give the team a name.`);
    else if (team.length > MAX_TEAM_NAME_CHARS)
      problems.push(
        `The team name for ${name(role)} is longer than ${MAX_TEAM_NAME_CHARS} characters.`,
      );
  }
  const budget = plan.budgetMinutes;
  if (!(budget >= MIN_BUDGET_MINUTES && budget <= MAX_BUDGET_MINUTES))
    problems.push(
      `The session must last between ${MIN_BUDGET_MINUTES} and ${MAX_BUDGET_MINUTES} minutes (it is set to ${budget}).`,
    );
  problems.push(...everyTeamProblems(plan.everyTeam), ...narrateProblems(scenario, plan));
  if (plan.mode === 'campaign') {
    const order = scenario.campaign?.order;
    if (!order) problems.push('This scenario has no campaign: play the roles one by one.');
    else if (plan.teams.map((t) => t.role).join(' ') !== order.join(' '))
      problems.push(
        `A campaign plays every role in the campaign's order: ${order.map(name).join(', ')}.`,
      );
  }
  return problems;
}

/** The run sheet of a plan (see plan-minutes.ts): the name the set-up and the pack know it by. */
export const suggestMinutes = planMinutes;

/** What is wrong with the names of the teams that all decide. */
function everyTeamProblems(names: readonly string[] | undefined): string[] {
  if (names === undefined) return [];
  const problems: string[] = [];
  if (names.length < 2) problems.push('With every team deciding, name at least two teams.');
  if (names.length > MAX_TEAMS) problems.push(`Name at most ${MAX_TEAMS} teams.`);
  names.forEach((name, i) => {
    if (name.trim() === '') problems.push(`Team ${i + 1} has no name: give it one.`);
    else if (name.length > MAX_TEAM_NAME_CHARS)
      problems.push(`The name of team ${i + 1} is longer than ${MAX_TEAM_NAME_CHARS} characters.`);
  });
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (key && seen.has(key))
      problems.push(`Two teams are called “${name.trim()}”: tell them apart.`);
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
    .map((key) => `'${key}' is not a decision of the planned roles to narrate.`);
}
