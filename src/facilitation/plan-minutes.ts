/**
 * A session's run sheet in minutes, computed from the scenario's own minutes (each beat's
 * `facilitator.minutes`) plus what a room really spends around them: the overview, briefings,
 * reading scenes and news aloud, revealing, voting and reading each outcome, the debriefs, an
 * allowance for off-path branches and tie re-votes, and the wrap-up. It never squeezes the
 * discussions to fit the budget: a plan that does not fit says so, and what to cut (plan-fit.ts).
 */
import { historicalPath } from '../engine/historical-path';
import type { Beat, Role, Scenario } from '../engine/schema';
import type { SessionPlan } from './room-record';
import { formatNumber } from '../i18n/translate';

/** Minutes of the parts the scenario does not time itself; a decision's discussion it does. */
export const PART_MINUTES = {
  overview: 5,
  briefing: 3,
  /** A beat with no decision, read aloud. */
  scene: 1,
  /** News arriving at a beat, read aloud. */
  news: 1,
  /** A decision without a `facilitator.minutes` of its own. */
  discussion: 5,
  /** Reveal the choices, take the vote, record it, read the outcome. */
  vote: 2.5,
  /** With every team deciding: each team after the first gives its choice and reason. */
  perExtraTeam: 0.5,
  /** A decision the facilitator narrates: history's choice read out, no vote. */
  narrated: 1,
  debrief: 5,
  wrapUp: 10,
  /** Off-path branches, rejoins and tie re-votes, as a share of the decisions' minutes. */
  offPathShare: 0.1,
} as const;

/** One decision on the run sheet. */
export interface DecisionMinutes {
  beat: string;
  /** The scenario's own minutes for the discussion (what the timer counts down). */
  discussion: number;
  /** Minutes for news read aloud at this beat (0 when none arrives). */
  news: number;
  /** The plan narrates it instead of voting. */
  narrated: boolean;
  /** All of it: news, discussion and vote, or the narration. */
  minutes: number;
}

/** Minutes for each part of the session, in session order; `total` is their sum. */
export interface MinutesPlan {
  overview: number;
  perRole: {
    role: string;
    briefing: number;
    /** Beats with no decision on the role's main line, read aloud. */
    scenes: number;
    decisions: DecisionMinutes[];
    debrief: number;
  }[];
  offPath: number;
  wrapUp: number;
  total: number;
  /** The session's budget, and how far the plan runs over it (0 when it fits). */
  budget: number;
  over: number;
}

/** The key a plan names a decision by in `narrate`. */
export function decisionKey(role: string, beat: string): string {
  return `${role}/${beat}`;
}

/** The run sheet of a plan, from the scenario's own minutes. */
export function planMinutes(scenario: Scenario, plan: SessionPlan): MinutesPlan {
  const narrated = new Set(plan.narrate ?? []);
  const extraTeams = Math.max(0, (plan.everyTeam?.length ?? 1) - 1);
  const vote = PART_MINUTES.vote + extraTeams * PART_MINUTES.perExtraTeam;
  const perRole = plannedRoles(scenario, plan).map((role) => {
    const beats = mainLineBeats(role);
    const decisions = beats
      .filter((beat) => beat.decision)
      .map((beat) => {
        const news = newsAt(role, beat.id) ? PART_MINUTES.news : 0;
        const discussion = discussionMinutes(beat);
        const isNarrated = narrated.has(decisionKey(role.id, beat.id));
        const minutes = news + (isNarrated ? PART_MINUTES.narrated : discussion + vote);
        return { beat: beat.id, discussion, news, narrated: isNarrated, minutes };
      });
    const scenes = beats
      .filter((beat) => !beat.decision)
      .reduce((sum, beat) => sum + PART_MINUTES.scene + (newsAt(role, beat.id) ? 1 : 0), 0);
    return {
      role: role.id,
      briefing: PART_MINUTES.briefing,
      scenes,
      decisions,
      debrief: PART_MINUTES.debrief,
    };
  });
  const deciding = perRole.flatMap((r) => r.decisions).reduce((sum, d) => sum + d.minutes, 0);
  const offPath = Math.ceil(deciding * PART_MINUTES.offPathShare);
  const total =
    PART_MINUTES.overview +
    perRole.reduce((sum, r) => sum + r.briefing + r.scenes + r.debrief, 0) +
    deciding +
    offPath +
    PART_MINUTES.wrapUp;
  const budget = Number.isFinite(plan.budgetMinutes) ? plan.budgetMinutes : 0;
  return {
    overview: PART_MINUTES.overview,
    perRole,
    offPath,
    wrapUp: PART_MINUTES.wrapUp,
    total,
    budget,
    over: Math.max(0, total - budget),
  };
}

/** The scenario's minutes for a decision's discussion. */
export function discussionMinutes(beat: Pick<Beat, 'facilitator'>): number {
  return beat.facilitator?.minutes ?? PART_MINUTES.discussion;
}

/** "7.5" or "12" ("7,5" in German): minutes as a run sheet prints them, to one decimal. */
export function formatMinutes(minutes: number): string {
  const digits = Number.isInteger(minutes) ? 0 : 1;
  return formatNumber(minutes, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** The plan's roles, in playing order. */
export function plannedRoles(scenario: Scenario, plan: SessionPlan): Role[] {
  return plan.teams.flatMap((t) => scenario.roles.find((r) => r.id === t.role) ?? []);
}

/** The beats on a role's main line, in order. */
export function mainLineBeats(role: Role): Beat[] {
  return historicalPath(role).steps.flatMap(
    (step) => role.beats.find((b) => b.id === step.beat) ?? [],
  );
}

/** News may arrive at this beat (an inject names it). */
function newsAt(role: Role, beat: string): boolean {
  return (role.injects ?? []).some((inject) => inject.at === beat);
}
