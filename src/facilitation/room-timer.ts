/**
 * The discussion timer, as data: it never ticks by itself. Time left is computed from the clock
 * whenever a window draws it, so a paused timer stays exact across windows and reloads.
 */
import { MAX_TIMER_MS } from '../engine/limits';
import type { Scenario } from '../engine/schema';
import type { SessionView } from '../engine/view-types';
import { discussionMinutes, PART_MINUTES, planMinutes } from './plan-minutes';
import type { SessionPlan } from './room-record';

export interface RoomTimer {
  /** The time allowed, extensions included. */
  durationMs: number;
  /** Time used while running before the last pause. */
  usedMs: number;
  /** When it was last started (ms since the epoch); null while paused. */
  runningSince: number | null;
}

const MINUTE = 60_000;

export function freshTimer(minutes: number): RoomTimer {
  return { durationMs: minutes * MINUTE, usedMs: 0, runningSince: null };
}

export function startTimer(timer: RoomTimer, now: number): RoomTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function pauseTimer(timer: RoomTimer, now: number): RoomTimer {
  if (timer.runningSince === null) return timer;
  return {
    ...timer,
    // Held to the limit the kept room state is read back with (see room-state-schema.ts).
    usedMs: Math.min(MAX_TIMER_MS, timer.usedMs + Math.max(0, now - timer.runningSince)),
    runningSince: null,
  };
}

export function extendTimer(timer: RoomTimer, minutes: number): RoomTimer {
  return { ...timer, durationMs: Math.min(MAX_TIMER_MS, timer.durationMs + minutes * MINUTE) };
}

/** Milliseconds left (negative once over time). */
export function timeLeftMs(timer: RoomTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.durationMs - timer.usedMs - running;
}

/** "4:05", or "+0:32" once over time. */
export function formatTimeLeft(ms: number): string {
  if (!Number.isFinite(ms)) return '–:––';
  const over = ms < 0;
  // Count down in whole seconds still to go; count up in whole seconds gone past.
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

/**
 * Minutes on the timer for what the room is on now, from the run sheet (plan-minutes.ts): for a
 * decision, the scenario's own minutes for its discussion (the presenter's notes say the same), or
 * a minute to narrate it; a minute to read a scene or an outcome; the plan's overview, briefing,
 * debrief and wrap-up.
 */
export function minutesFor(
  scenario: Scenario,
  plan: SessionPlan,
  screen: string,
  view: SessionView,
): number {
  const minutes = planMinutes(scenario, plan);
  if (screen === 'overview') return minutes.overview;
  if (screen === 'report') return minutes.wrapUp;
  const role = minutes.perRole.find((entry) => entry.role === view.role?.id);
  if (screen === 'briefing') return role?.briefing ?? PART_MINUTES.briefing;
  if (screen === 'debrief') return role?.debrief ?? PART_MINUTES.debrief;
  if (screen === 'outcome' || screen === 'rejoin') return PART_MINUTES.scene;
  if (view.choices.length === 0 || !view.beat) return PART_MINUTES.scene;
  const beat = view.beat;
  const planned = role?.decisions.find((entry) => entry.beat === beat.id);
  if (planned?.narrated) return PART_MINUTES.narrated;
  return planned?.discussion ?? discussionMinutes(beat);
}
