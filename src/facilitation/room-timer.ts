/**
 * The discussion timer, as data: it never ticks by itself. Time left is computed from the clock
 * whenever a window draws it, so a paused timer stays exact across windows and reloads.
 */
import { MAX_TIMER_MS } from '../engine/limits';
import type { Scenario } from '../engine/schema';
import type { SessionView } from '../engine/view-types';
import { suggestMinutes, type SessionPlan } from './session-plan';

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
 * Minutes suggested for what the room is on now: the plan's share of the budget for the overview,
 * a briefing, a decision or a debrief (see suggestMinutes); a beat with no decision gets 2.
 */
export function minutesFor(
  scenario: Scenario,
  plan: SessionPlan,
  screen: string,
  view: SessionView,
): number {
  const minutes = suggestMinutes(scenario, plan);
  if (screen === 'overview') return minutes.overview;
  const role = minutes.perRole.find((entry) => entry.role === view.role?.id);
  if (screen === 'briefing') return role?.briefing ?? 3;
  if (screen === 'debrief') return role?.debrief ?? 5;
  if (screen === 'report') return minutes.wrapUp;
  if (view.choices.length === 0) return 2;
  const beat = view.beat;
  const suggested = role?.decisions.find((entry) => entry.beat === beat?.id)?.minutes;
  return suggested ?? beat?.facilitator?.minutes ?? 5;
}
