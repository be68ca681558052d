/**
 * What a facilitated session keeps, and exports as JSON: the plan and the engine log of every run.
 * Every screen and the after-action report are rebuilt from it, so it is also what a reloaded
 * window recovers and what "load a session log" reads back.
 */
import type { LogEntry } from '../engine/session-types';
import type { SessionPlan } from './session-plan';

export const ROOM_RECORD_FORMAT = 'spillage-room-session';
export const ROOM_RECORD_VERSION = 1;

/** One engine playthrough: a single role from its start, or the whole campaign. */
export interface RoomRun {
  /** The engine's log (its first entry is the `start`); decisions carry tally and rationale. */
  log: LogEntry[];
}

export interface RoomRecord {
  format: typeof ROOM_RECORD_FORMAT;
  version: typeof ROOM_RECORD_VERSION;
  scenario: { id: string; version: string; title: string };
  plan: SessionPlan;
  /** In 'roles' mode one run per role played so far; in 'campaign' mode one run. */
  runs: RoomRun[];
  /** ms since the epoch. */
  startedAt: number;
  /** Set when the facilitator ends the session (the report screen). */
  endedAt?: number;
}
