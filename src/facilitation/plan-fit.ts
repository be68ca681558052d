/**
 * When a plan does not fit its time: what to cut, said plainly (drop roles, narrate decisions
 * instead of voting, or book more time), and the plan with decisions narrated until it fits.
 * Presets are plans fitted this way to the usual session lengths.
 */
import type { Scenario } from '../engine/schema';
import {
  decisionKey,
  formatMinutes,
  planMinutes,
  plannedRoles,
  type MinutesPlan,
} from './plan-minutes';
import type { SessionPlan } from './room-record';
import { quote } from './history-words';
import type { Language } from '../i18n/languages';
import { currentLanguage, t } from '../i18n/translate';

/**
 * The names a plan gives teams until the facilitator types their own, in the current language:
 * "Team 1", "Team 2" …, and the one team of a role every team decides.
 */
export const TEAM_NAMES = {
  numbered: (number: number): string => t('sessionPlan.teamNumber', { number }),
  get everyTeam(): string {
    return t('sessionPlan.everyTeam');
  },
};

/**
 * The plan with decisions narrated until it fits its budget: the shortest discussions first (the
 * scenario gives the decisions it means most to discuss the most minutes), the later first among
 * equals, always keeping one decision per role to vote on. It may still not fit.
 */
export function fitByNarrating(scenario: Scenario, plan: SessionPlan): SessionPlan {
  let fitted: SessionPlan = { ...plan, narrate: [...(plan.narrate ?? [])] };
  const candidates = votedDecisions(planMinutes(scenario, fitted)).sort(
    (a, b) => a.discussion - b.discussion || b.order - a.order,
  );
  const votedPerRole = new Map<string, number>();
  for (const c of candidates) votedPerRole.set(c.role, (votedPerRole.get(c.role) ?? 0) + 1);
  for (const candidate of candidates) {
    if (planMinutes(scenario, fitted).over <= 0) break;
    if ((votedPerRole.get(candidate.role) ?? 0) <= 1) continue;
    votedPerRole.set(candidate.role, (votedPerRole.get(candidate.role) ?? 0) - 1);
    fitted = { ...fitted, narrate: [...(fitted.narrate ?? []), candidate.key] };
  }
  return fitted;
}

/**
 * What to cut when the plan runs over its budget, one plain sentence each (empty when it fits):
 * drop the last roles (roles one by one only), narrate the shortest discussions, or book the time.
 */
export function cutsFor(scenario: Scenario, plan: SessionPlan): string[] {
  const minutes = planMinutes(scenario, plan);
  if (minutes.over <= 0) return [];
  const cuts: string[] = [];
  const roles = plannedRoles(scenario, plan);
  if (plan.mode === 'roles' && roles.length > 1) {
    for (let keep = roles.length - 1; keep >= 1; keep -= 1) {
      const shorter = { ...plan, teams: plan.teams.slice(0, keep) };
      const total = planMinutes(scenario, shorter).total;
      if (total > plan.budgetMinutes && keep > 1) continue;
      const dropped = roles.slice(keep).map((role) => role.name);
      cuts.push(
        t('sessionPlan.cutDrop', { roles: joinNames(dropped), minutes: formatMinutes(total) }),
      );
      break;
    }
  }
  const fitted = fitByNarrating(scenario, plan);
  const added = (fitted.narrate ?? []).filter((key) => !(plan.narrate ?? []).includes(key));
  if (added.length > 0) {
    const fittedMinutes = planMinutes(scenario, fitted);
    cuts.push(
      t('sessionPlan.cutNarrate', {
        count: added.length,
        titles: joinNames(added.map((key) => beatTitle(scenario, key))),
        minutes: formatMinutes(fittedMinutes.total),
        over: fittedMinutes.over > 0 ? 'yes' : 'no',
      }),
    );
  }
  cuts.push(t('sessionPlan.cutBook', { minutes: Math.ceil(minutes.total) }));
  return cuts;
}

/** The warning a plan over its budget shows, naming the overrun. */
export function overBudgetSentence(minutes: MinutesPlan): string {
  return t('sessionPlan.overBudget', {
    total: formatMinutes(minutes.total),
    over: formatMinutes(minutes.over),
    budget: formatMinutes(minutes.budget),
  });
}

/** A ready-made plan at set-up. */
export interface PlanPreset {
  id: string;
  label: string;
  plan: SessionPlan;
}

/**
 * Presets for a scenario: an awareness session where every team decides the first role's
 * decisions (45 and 60 minutes), the first two roles (90 minutes), and the whole incident, one team
 * per role (120 and 150 minutes, the campaign when there is one). Each is fitted by narrating decisions; one that still does not
 * fit is left out.
 */
export function presetsFor(scenario: Scenario, teamCount = 4): PlanPreset[] {
  const order = scenario.campaign?.order ?? scenario.roles.map((role) => role.id);
  const first = scenario.roles.find((role) => role.id === order[0]);
  const teamNames = Array.from({ length: teamCount }, (_, i) => TEAM_NAMES.numbered(i + 1));
  const presets: PlanPreset[] = [];
  const add = (id: string, label: string, plan: SessionPlan): void => {
    const fitted = fitByNarrating(scenario, plan);
    if (planMinutes(scenario, fitted).over <= 0) presets.push({ id, label, plan: fitted });
  };
  if (first)
    for (const budgetMinutes of [45, 60])
      add(
        `awareness-${budgetMinutes}`,
        t('sessionPlan.presetAwareness', { minutes: budgetMinutes, role: lower(first.name) }),
        {
          scenarioId: scenario.id,
          mode: 'roles',
          teams: [{ role: first.id, team: TEAM_NAMES.everyTeam }],
          budgetMinutes,
          everyTeam: teamNames,
        },
      );
  const second = scenario.roles.find((role) => role.id === order[1]);
  if (first && second)
    add(
      'two-roles-90',
      t('sessionPlan.presetTwoRoles', {
        minutes: 90,
        first: lower(first.name),
        second: lower(second.name),
      }),
      {
        scenarioId: scenario.id,
        mode: 'roles',
        teams: [first, second].map((role, i) => ({ role: role.id, team: teamNames[i] ?? '' })),
        budgetMinutes: 90,
      },
    );
  for (const budgetMinutes of [120, 150])
    add(`whole-${budgetMinutes}`, t('sessionPlan.presetWhole', { minutes: budgetMinutes }), {
      scenarioId: scenario.id,
      mode: scenario.campaign ? 'campaign' : 'roles',
      teams: order.map((role, i) => ({ role, team: teamNames[i] ?? TEAM_NAMES.numbered(i + 1) })),
      budgetMinutes,
    });
  return presets;
}

/** Played decisions of a run sheet, with their order in the session. */
function votedDecisions(minutes: MinutesPlan): {
  role: string;
  key: string;
  discussion: number;
  order: number;
}[] {
  return minutes.perRole
    .flatMap((r) => r.decisions.map((d) => ({ role: r.role, d })))
    .map(({ role, d }, order) => ({
      role,
      key: decisionKey(role, d.beat),
      discussion: d.discussion,
      order,
      narrated: d.narrated,
    }))
    .filter((d) => !d.narrated);
}

function beatTitle(scenario: Scenario, key: string): string {
  const [role, beat] = key.split('/');
  const title = scenario.roles.find((r) => r.id === role)?.beats.find((b) => b.id === beat)?.title;
  return quote(title ?? key);
}

/** A role name's leading article in each language, which a name inside a sentence writes small. */
const LEADING_ARTICLE: Readonly<Record<Language, RegExp>> = {
  en: /^The /,
  de: /^(?:Der|Die|Das) /,
};

/** "the contractor" from "The contractor" ("der Auftragnehmer" from "Der …"), to sit inside a sentence. */
function lower(name: string): string {
  return name.replace(LEADING_ARTICLE[currentLanguage()], (article) => article.toLowerCase());
}

/** "a, b and c": Intl.ListFormat would add the serial comma English writes here without. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return t('sessionPlan.namesAnd', {
    names: names.slice(0, -1).join(', '),
    last: names.at(-1) ?? '',
  });
}
