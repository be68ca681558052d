/**
 * A room's session, as plain data that both windows hold: the record (plan and engine logs), where
 * the room is between screens, the discussion timer, and whether the choices are on the projector.
 * Every change goes through `applyRoomCommand`, a pure function, so the presenter and projector
 * can exchange whole states and a reloaded window recovers from the last one it saw.
 */
import { MAX_REASON_CHARS } from '../engine/limits';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import { createSession, type Session } from '../engine/create-session';
import type { SessionView } from '../engine/view-types';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION, type RoomRecord } from './room-record';
import { suggestMinutes, type SessionPlan } from './session-plan';
import { decideVote, type VoteResult } from './room-vote';
import {
  extendTimer,
  freshTimer,
  minutesFor,
  pauseTimer,
  startTimer,
  type RoomTimer,
} from './room-timer';

/** What the room is looking at. */
export type RoomScreen =
  'overview' | 'briefing' | 'beat' | 'outcome' | 'rejoin' | 'debrief' | 'report';

export interface RoomState {
  /** Tells one session from another, so a window never mixes two sessions' messages. */
  sessionId: string;
  record: RoomRecord;
  /** Grows with every change; a window keeps the state with the highest revision it has seen. */
  revision: number;
  overviewDone: boolean;
  briefedRole: string | null;
  outcomePending: boolean;
  ended: boolean;
  /** The choices are on the projector (the facilitator reveals them after a first discussion). */
  revealed: boolean;
  timer: RoomTimer;
  /** The last vote was a tie between these choices: the room votes again. */
  tie: { choices: string[]; tally: Record<string, number> } | null;
  /** A scenario loaded from a file rather than built in: its document as JSON, checked again on load. */
  customScenario?: string;
}

/** Everything the facilitator can do. */
export type RoomCommand =
  | { type: 'advance' }
  | { type: 'timer-start' }
  | { type: 'timer-pause' }
  | { type: 'timer-extend'; minutes: number }
  | { type: 'reveal-choices'; shown: boolean }
  | { type: 'record-decision'; choice?: string; tally?: Record<string, number>; rationale: string }
  | { type: 'rejoin-history' };

export type CommandResult = { ok: true; state: RoomState } | { ok: false; message: string };

/** Starts a session from a checked plan: the first run begins, the room sees the overview. */
export function createRoomState(
  scenario: Scenario,
  plan: SessionPlan,
  now: number,
  sessionId: string,
): RoomState {
  const record: RoomRecord = {
    format: ROOM_RECORD_FORMAT,
    version: ROOM_RECORD_VERSION,
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
    plan,
    runs: [],
    startedAt: now,
  };
  const state: RoomState = {
    sessionId,
    record,
    revision: 1,
    overviewDone: false,
    briefedRole: null,
    outcomePending: false,
    ended: false,
    revealed: false,
    timer: freshTimer(suggestMinutes(scenario, plan).overview),
    tie: null,
  };
  return { ...state, record: startRun(scenario, record, 0, now) };
}

/** The engine session of the run being played, rebuilt from its log. */
export function currentSession(scenario: Scenario, state: RoomState): Session {
  const run = state.record.runs.at(-1);
  const result = replay(scenario, run?.log ?? []);
  if (!result.ok) throw new Error(`the room's log does not fit the scenario: ${result.message}`);
  return result.session;
}

/** Which screen the room is on, derived from the engine's view and the between-screens flags. */
export function roomScreen(state: RoomState, view: SessionView): RoomScreen {
  if (state.ended) return 'report';
  if (!state.overviewDone) return 'overview';
  if (view.phase === 'rejoin') return 'rejoin';
  if (state.outcomePending && view.lastOutcome) return 'outcome';
  if (view.phase === 'ending') return 'debrief';
  if (view.role && state.briefedRole !== view.role.id) return 'briefing';
  return 'beat';
}

/** Applies one command; a refused command leaves the state as it was and says why. */
export function applyRoomCommand(
  scenario: Scenario,
  state: RoomState,
  command: RoomCommand,
  now: number,
): CommandResult {
  const session = currentSession(scenario, state);
  const changes = changesFor(scenario, state, session, command, now);
  if ('message' in changes) return { ok: false, message: changes.message };
  const next: RoomState = { ...state, ...changes, revision: state.revision + 1 };
  // Somewhere new (another screen, beat, role or run): choices hidden, no tie, a fresh timer.
  const before = placeKey(state, session.view());
  const afterSession = next.record === state.record ? session : currentSession(scenario, next);
  const afterView = afterSession.view();
  if (placeKey(next, afterView) !== before) {
    const screen = roomScreen(next, afterView);
    next.revealed = false;
    next.tie = null;
    next.timer = freshTimer(minutesFor(scenario, next.record.plan, screen, afterView));
  }
  return { ok: true, state: next };
}

/** Where the room is (run, screen, role, beat or ending): a change of place resets the timer. */
export function placeKey(state: RoomState, view: SessionView): string {
  return [
    state.record.runs.length,
    roomScreen(state, view),
    view.role?.id ?? '',
    view.beat?.id ?? view.ending?.id ?? '',
  ].join('/');
}

type Changes = Partial<RoomState> | { message: string };

function changesFor(
  scenario: Scenario,
  state: RoomState,
  session: Session,
  command: RoomCommand,
  now: number,
): Changes {
  switch (command.type) {
    case 'timer-start':
      return { timer: startTimer(state.timer, now) };
    case 'timer-pause':
      return { timer: pauseTimer(state.timer, now) };
    case 'timer-extend':
      if (!(command.minutes > 0 && command.minutes <= 60))
        return { message: 'extend by 1 to 60 minutes' };
      return { timer: extendTimer(state.timer, command.minutes) };
    case 'reveal-choices':
      return { revealed: command.shown };
    case 'record-decision':
      return recordDecision(state, session, command, now);
    case 'rejoin-history': {
      const result = session.rejoinHistory({ at: now });
      return result.ok ? { record: withLog(state.record, session) } : result;
    }
    case 'advance':
      return advance(scenario, state, session, now);
  }
}

function recordDecision(
  state: RoomState,
  session: Session,
  command: Extract<RoomCommand, { type: 'record-decision' }>,
  now: number,
): Changes {
  const view = session.view();
  if (roomScreen(state, view) !== 'beat' || view.choices.length === 0)
    return { message: 'there is no decision to record now' };
  const vote: VoteResult = decideVote(view.choices, command);
  if (vote.kind === 'refused') return { message: vote.message };
  if (vote.kind === 'tie') return { tie: { choices: vote.choices, tally: vote.tally } };
  const rationale = command.rationale.trim().slice(0, MAX_REASON_CHARS);
  const result = session.choose(vote.choice, {
    at: now,
    ...(rationale ? { rationale } : {}),
    ...(vote.tally ? { tally: vote.tally } : {}),
  });
  if (!result.ok) return result;
  return {
    record: withLog(state.record, session),
    outcomePending: session.view().lastOutcome !== undefined,
  };
}

/** "Next": whatever moves the room on from the screen it is on. */
function advance(scenario: Scenario, state: RoomState, session: Session, now: number): Changes {
  const view = session.view();
  const step = (result: { ok: true } | { ok: false; message: string }): Changes =>
    result.ok ? { record: withLog(state.record, session) } : result;
  switch (roomScreen(state, view)) {
    case 'overview':
      return { overviewDone: true };
    case 'briefing':
      return { briefedRole: view.role?.id ?? null };
    case 'outcome':
      return { outcomePending: false };
    case 'beat':
      if (!view.canContinue) return { message: 'the room must decide first' };
      return step(session.continue({ at: now }));
    case 'debrief': {
      if (view.nextRole) return step(session.nextRole({ at: now }));
      const nextTeam = state.record.runs.length;
      if (state.record.plan.mode === 'roles' && nextTeam < state.record.plan.teams.length)
        return { record: startRun(scenario, state.record, nextTeam, now) };
      return { ended: true, record: { ...state.record, endedAt: now } };
    }
    case 'rejoin':
      return { message: 'rejoin history, or end the session' };
    case 'report':
      return { message: 'the session has ended' };
  }
}

/** Starts run `index` of the plan: the campaign, or the index-th team's role. */
function startRun(scenario: Scenario, record: RoomRecord, index: number, now: number): RoomRecord {
  const session = createSession(scenario);
  const how =
    record.plan.mode === 'campaign'
      ? { campaign: true as const }
      : { role: record.plan.teams[index]?.role ?? '' };
  const started = session.start(how, { at: now });
  if (!started.ok) throw new Error(`the plan cannot start: ${started.message}`);
  return { ...record, runs: [...record.runs, { log: session.log() }] };
}

function withLog(record: RoomRecord, session: Session): RoomRecord {
  return { ...record, runs: [...record.runs.slice(0, -1), { log: session.log() }] };
}

/**
 * A room state rebuilt from a loaded session log: the room is where the log left it (between
 * screens it stands at the beat, not at an outcome already seen), or at the report if it ended.
 */
export function roomStateFromRecord(
  scenario: Scenario,
  record: RoomRecord,
  sessionId: string,
): RoomState {
  const base: RoomState = {
    sessionId,
    record,
    revision: 1,
    overviewDone: true,
    briefedRole: null,
    outcomePending: false,
    ended: record.endedAt !== undefined,
    revealed: false,
    timer: freshTimer(5),
    tie: null,
  };
  const view = currentSession(scenario, base).view();
  const state = { ...base, briefedRole: view.role?.id ?? null };
  return {
    ...state,
    timer: freshTimer(minutesFor(scenario, record.plan, roomScreen(state, view), view)),
  };
}
