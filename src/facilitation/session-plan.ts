/**
 * A facilitated session's plan: which roles the room plays, by which team, in what order, and in
 * how many minutes. Pure data and arithmetic (runs in Node); the set-up screen edits it.
 */
import { historicalPath } from '../engine/historical-path';
import { MAX_TEAM_NAME_CHARS } from '../engine/limits';
import type { Beat, Role, Scenario } from '../engine/schema';
import type { SessionPlan } from './room-record';

export type { SessionPlan, TeamAssignment } from './room-record';

/** Minutes suggested for each part of the session; they add up to `total` (≤ the budget). */
export interface MinutesPlan {
  /** Opening: the situation overview. */
  overview: number;
  perRole: {
    role: string;
    briefing: number;
    /** Each decision beat on the role's main line, in order. */
    decisions: { beat: string; minutes: number }[];
    /** Minutes for the role's debrief. */
    debrief: number;
  }[];
  /** Closing discussion and the report. */
  wrapUp: number;
  total: number;
}

/** The shortest and longest sessions the plan accepts, in minutes. */
export const MIN_BUDGET_MINUTES = 20;
export const MAX_BUDGET_MINUTES = 240;

/** A plan to start from: every role (the campaign, when there is one), 60 or 90 minutes. */
export function defaultPlan(scenario: Scenario): SessionPlan {
  const roles = scenario.campaign?.order ?? scenario.roles.map((r) => r.id);
  return {
    scenarioId: scenario.id,
    mode: scenario.campaign ? 'campaign' : 'roles',
    teams: roles.map((role, i) => ({ role, team: `Team ${i + 1}` })),
    budgetMinutes: scenario.estimatedMinutes <= 60 ? 60 : 90,
  };
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
  else if (Math.floor(budget) < minutesParts(scenario, plan))
    problems.push(
      `${Math.floor(budget)} minutes cannot give every part of these roles a minute: allow at least ${minutesParts(scenario, plan)}.`,
    );
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

/** Nominal minutes of the fixed parts; decisions weigh their beat's `facilitator.minutes`. */
const OVERVIEW = 5;
const BRIEFING = 3;
const DEBRIEF = 5;
const WRAP_UP = 10;
const DECISION = 5;

/**
 * Minutes for each part of the session: nominal lengths (the overview, each role's briefing,
 * decisions weighted by their beats' `facilitator.minutes`, debrief, the wrap-up) fitted to the
 * budget in whole minutes. A tight budget shrinks every part in proportion; a generous one keeps
 * the overview and briefings as they are and gives the spare time to the discussions. Every part
 * gets at least a minute when the budget has that many (checkPlan says when it has not), and the
 * total never exceeds the budget.
 */
export function suggestMinutes(scenario: Scenario, plan: SessionPlan): MinutesPlan {
  const roles = plannedRoles(scenario, plan).map((role) => ({
    role: role.id,
    decisions: decisionBeats(role).map((b) => ({
      beat: b.id,
      weight: b.facilitator?.minutes ?? DECISION,
    })),
  }));
  // Every part in one flat list, in session order: [overview, (briefing, decisions…, debrief)…, wrap-up].
  const nominal = [
    OVERVIEW,
    ...roles.flatMap((r) => [BRIEFING, ...r.decisions.map((d) => d.weight), DEBRIEF]),
    WRAP_UP,
  ];
  const fixed = [
    true,
    ...roles.flatMap((r) => [true, ...r.decisions.map(() => false), false]),
    false,
  ];
  const budget = Number.isFinite(plan.budgetMinutes)
    ? Math.max(0, Math.floor(plan.budgetMinutes))
    : 0;
  const nominalTotal = nominal.reduce((a, b) => a + b, 0);
  let minutes: number[];
  if (budget < nominalTotal) minutes = apportion(nominal, budget);
  else {
    const kept = nominal.map((n, i) => (fixed[i] ? Math.round(n) : 0));
    const keptTotal = kept.reduce((a, b) => a + b, 0);
    const spread = apportion(
      nominal.map((n, i) => (fixed[i] ? 0 : n)),
      budget - keptTotal,
    );
    minutes = kept.map((k, i) => (fixed[i] ? k : (spread[i] ?? 0)));
  }
  let at = 0;
  const next = (): number => minutes[at++] ?? 0;
  const overview = next();
  const perRole = roles.map((r) => ({
    role: r.role,
    briefing: next(),
    decisions: r.decisions.map((d) => ({ beat: d.beat, minutes: next() })),
    debrief: next(),
  }));
  const wrapUp = next();
  return { overview, perRole, wrapUp, total: minutes.reduce((a, b) => a + b, 0) };
}

/** How many parts the session has: each needs a minute at least. */
function minutesParts(scenario: Scenario, plan: SessionPlan): number {
  return 2 + plannedRoles(scenario, plan).reduce((n, r) => n + 2 + decisionBeats(r).length, 0);
}

function plannedRoles(scenario: Scenario, plan: SessionPlan): Role[] {
  return plan.teams.flatMap((t) => scenario.roles.find((r) => r.id === t.role) ?? []);
}

/** The decision beats on a role's main line, in order. */
function decisionBeats(role: Role): Beat[] {
  return historicalPath(role).steps.flatMap(
    (step) => role.beats.find((b) => b.id === step.beat && b.decision) ?? [],
  );
}

/**
 * Splits `total` whole minutes in proportion to `weights` (largest remainders), at least one
 * minute to every part with weight when there are enough minutes; a part of weight 0 gets 0.
 */
function apportion(weights: readonly number[], total: number): number[] {
  const parts = weights.map((w, i) => ({ i, w: Math.max(0, w) })).filter((p) => p.w > 0);
  const out = weights.map(() => 0);
  if (parts.length === 0 || total <= 0) return out;
  if (total < parts.length) {
    // Not a minute each: the heaviest parts get one.
    for (const p of [...parts].sort((a, b) => b.w - a.w || a.i - b.i).slice(0, total)) out[p.i] = 1;
    return out;
  }
  // Parts whose share falls under a minute get exactly one; the rest share what is left.
  let floored = new Set<number>();
  for (;;) {
    const free = parts.filter((p) => !floored.has(p.i));
    const weight = free.reduce((a, p) => a + p.w, 0);
    const left = total - floored.size;
    const under = free.filter((p) => (p.w / weight) * left < 1);
    if (under.length === 0) break;
    floored = new Set([...floored, ...under.map((p) => p.i)]);
  }
  const free = parts.filter((p) => !floored.has(p.i));
  const weight = free.reduce((a, p) => a + p.w, 0);
  const left = total - floored.size;
  for (const i of floored) out[i] = 1;
  const shares = free.map((p) => ({ i: p.i, share: (p.w / weight) * left }));
  for (const s of shares) out[s.i] = Math.floor(s.share);
  let spare = left - shares.reduce((a, s) => a + Math.floor(s.share), 0);
  for (const s of [...shares].sort((a, b) => (b.share % 1) - (a.share % 1) || a.i - b.i)) {
    if (spare <= 0) break;
    out[s.i] = (out[s.i] ?? 0) + 1;
    spare -= 1;
  }
  return out;
}
