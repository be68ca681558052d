/** The screen flow's data: where a player or a room is between screens, and what moves it on. */
import type { CheckAnswers, CheckRecord } from '../engine/check-answers';
import type { EngineSnapshot } from '../engine/create-session';
import type { DecisionExtras } from '../engine/log-entry-schema';
import type { Scenario } from '../engine/schema';
import type { RoomCheckTally } from '../facilitation/room-check';
import type { RoomRecord } from '../facilitation/room-record';
import type { RoomTimer } from '../facilitation/room-timer';

/**
 * Every screen of solo play and of a room; `overview` and `report` are a room's only, the
 * before-and-after check (`checkBefore`, `checkAfter`) one player's only.
 */
export const SCREENS = [
  'select',
  'overview',
  'checkBefore',
  'briefing',
  'beat',
  'outcome',
  'rejoin',
  'debrief',
  'checkAfter',
  'report',
] as const;
/** A screen of the flow. */
export type Screen = (typeof SCREENS)[number];

/** The meta of each screen state: which screen it is (read with `screenOf`). */
export interface ScreenMeta {
  screen: Screen;
}

/** A tied vote: the room votes again between these choices. */
export interface Tie {
  choices: string[];
  tally: Record<string, number>;
}

/** What only a facilitated room has: its record of runs, the discussion timer, a tie. */
export interface RoomContext {
  /** The plan and every run's engine log; the last run is the one being played. */
  record: RoomRecord;
  timer: RoomTimer;
  tie: Tie | null;
  /** The page of a long screen the projector shows (0 first); each screen starts at 0. */
  page?: number;
}

/** The flow's context: the scenario, the engine snapshot of the run played now, and the room. */
export interface FlowContext {
  scenario: Scenario;
  engine: EngineSnapshot;
  /** Null when one player plays alone. */
  room: RoomContext | null;
  /** One player's answers to the roles' before-and-after checks (kept on the device only). */
  checks?: CheckRecord;
}

/** Everything the flow accepts: the player's and the facilitator's actions. */
export type FlowEvent =
  /** Solo: a role (or the campaign) picked on the role picker. */
  | { type: 'START'; at: number; role?: string; campaign?: true }
  /** The one way onward: briefing read, continue, outcome read, next role, next team, the end. */
  | { type: 'NEXT'; at: number }
  /** A decision; a room's carries the tally and the reason. */
  | ({ type: 'CHOOSE'; at: number; choice: string } & DecisionExtras)
  | { type: 'REJOIN'; at: number }
  /** Solo: the check on screen answered (before the briefing, or after the debrief). */
  | { type: 'ANSWER'; answers: CheckAnswers }
  /** Solo: the check on screen skipped. */
  | { type: 'SKIP_CHECK' }
  /** Solo: from the debrief, take the check again. */
  | { type: 'CHECK' }
  /** Facilitator: the choices on the projector, or off it again. */
  | { type: 'REVEAL' }
  | { type: 'HIDE' }
  /** Facilitator: the vote was a tie. */
  | ({ type: 'TIE' } & Tie)
  | { type: 'TIMER_START'; at: number }
  | { type: 'TIMER_PAUSE'; at: number }
  | { type: 'TIMER_EXTEND'; minutes: number }
  /** Facilitator: a show of hands on a role's check, before or after it. */
  | { type: 'RECORD_CHECK'; tally: RoomCheckTally }
  /** Facilitator: take back the last recorded decision; the room is at that beat again. */
  | { type: 'UNDO'; at: number }
  /** Facilitator: skip this beat (a decision takes history's choice, read out, no vote). */
  | { type: 'SKIP'; at: number }
  /** Facilitator: skip the rest of the role, to its debrief. */
  | { type: 'END_ROLE'; at: number }
  /** Facilitator: end the session now, for the report. */
  | { type: 'END_NOW'; at: number }
  /** Facilitator: show this page of a long screen on the projector. */
  | { type: 'PAGE'; page: number };
