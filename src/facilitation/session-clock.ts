/**
 * The session clock: how long the room has been at it, against what the run sheet planned for the
 * parts it has finished, so the presenter can say "3 minutes behind" and what is left. Computed
 * from the record (its start and its logs), so both windows and a reload agree.
 */
import type { Scenario } from '../engine/schema';
import type { Screen } from '../flow/flow-types';
import { discussionMinutes, PART_MINUTES, planMinutes } from './plan-minutes';
import type { RoomRecord } from './room-record';
import { t } from '../i18n/translate';

/** Where the session stands against its plan, in minutes. */
export interface SessionClock {
  /** Minutes since the session started (to its end, once it has ended). */
  actual: number;
  /** Minutes the plan gives the parts finished so far. */
  planned: number;
  /** planned − actual: above 0 the room is ahead, below 0 behind. */
  ahead: number;
  /** The whole plan, and the session's budget. */
  total: number;
  budget: number;
}

/** The clock at `now` for a room on `screen`. */
export function sessionClock(
  scenario: Scenario,
  record: RoomRecord,
  screen: Screen,
  now: number,
): SessionClock {
  const minutes = planMinutes(scenario, record.plan);
  const end = record.endedAt ?? now;
  const actual = Math.max(0, end - record.startedAt) / 60_000;
  const planned =
    screen === 'report' ? minutes.total - minutes.wrapUp : finished(scenario, record, screen);
  return { actual, planned, ahead: planned - actual, total: minutes.total, budget: minutes.budget };
}

/** The plan's minutes for the parts finished before the screen the room is on. */
function finished(scenario: Scenario, record: RoomRecord, screen: Screen): number {
  if (screen === 'overview') return 0;
  const minutes = planMinutes(scenario, record.plan);
  const roleMinutes = new Map(minutes.perRole.map((entry) => [entry.role, entry]));
  let sum = minutes.overview;
  const entered: string[] = [];
  for (const run of record.runs)
    for (const entry of run.log) {
      if (entry.type === 'start' && entry.role) entered.push(entry.role);
      else if (entry.type === 'next-role') entered.push(entry.role);
      else if (entry.type === 'continue') sum += PART_MINUTES.scene;
      else if (entry.type === 'choose') {
        const planned = roleMinutes.get(entry.role)?.decisions.find((d) => d.beat === entry.beat);
        const beat = scenario.roles
          .find((role) => role.id === entry.role)
          ?.beats.find((b) => b.id === entry.beat);
        sum +=
          planned?.minutes ??
          (entry.skipped
            ? PART_MINUTES.narrated
            : discussionMinutes(beat ?? {}) + PART_MINUTES.vote);
      }
    }
  // A campaign's first role is named by its first next-role entry, not by its start.
  entered.forEach((role, i) => {
    const part = roleMinutes.get(role);
    const current = i === entered.length - 1;
    if (!current || !['briefing', 'rejoin'].includes(screen))
      sum += part?.briefing ?? PART_MINUTES.briefing;
    if (!current) sum += part?.debrief ?? PART_MINUTES.debrief;
  });
  return sum;
}

/** "12:05": minutes and seconds. */
export function clockText(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "2 min ahead", "5 min behind", or "on time" within a minute. */
export function aheadText(clock: SessionClock): string {
  const whole = Math.round(Math.abs(clock.ahead));
  if (whole < 1) return t('sessionPlan.onTime');
  return t(clock.ahead > 0 ? 'sessionPlan.ahead' : 'sessionPlan.behind', { minutes: whole });
}
