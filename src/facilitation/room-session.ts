/**
 * A room's session, as plain data that both windows hold: the record (plan and engine logs), the
 * screen the room is on, whether the choices are on the projector, a tie, and the discussion
 * timer. The screens follow the shared screen flow (src/flow/screen-flow.ts); every change is one
 * of its events, so the presenter and projector exchange whole states and a reloaded window
 * recovers from the last one it saw.
 */
import { roomCheckMisfit, type RoomCheckTally } from './room-check';
import type { CheckPhase } from '../engine/check-answers';
import { MAX_REASON_CHARS } from '../engine/limits';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import type { SessionView } from '../engine/view-types';
import { wordProblem } from '../i18n/problem-words';
import {
  restoreFlow,
  screenOf,
  sendFlow,
  startFlow,
  viewOf,
  type FlowSnapshot,
} from '../flow/flow';
import type { FlowEvent, Screen, Tie } from '../flow/flow-types';
import { screenFromFlags, type LegacyScreenFlags } from '../flow/legacy-screen';
import { startRun } from '../flow/room-runs';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION, type RoomRecord } from './room-record';
import type { SessionPlan } from './session-plan';
import { decideVote } from './room-vote';
import { teamVotes } from './team-votes';
import type { TeamVote } from '../engine/log-entry-schema';
import { t } from '../i18n/translate';
import { freshTimer, minutesFor, type RoomTimer } from './room-timer';
import { applyNoteCommand, isNoteCommand, type NoteCommand } from './room-notes';
import {
  applyShowCheck,
  isShowCheckCommand,
  keepShownCheck,
  type ShowCheckCommand,
} from './room-check-display';

/** What the room is looking at. */
export type RoomScreen = Screen;

export interface RoomState {
  /** Tells one session from another, so a window never mixes two sessions' messages. */
  sessionId: string;
  record: RoomRecord;
  /** Grows with every change; a window keeps the state with the highest revision it has seen. */
  revision: number;
  /** The screen-flow state the room is on. */
  screen: RoomScreen;
  /** The choices are on the projector (the facilitator reveals them after a first discussion). */
  revealed: boolean;
  timer: RoomTimer;
  /** The last vote was a tie between these choices: the room votes again. */
  tie: Tie | null;
  /** A scenario loaded from a file rather than built in: its document as JSON, checked again on load. */
  customScenario?: string;
  /** The page of a long screen the projector shows (absent in states kept before pages: 0). */
  page?: number;
  /** The check whose questions the projector shows (see room-check-display.ts; absent: none). */
  checkShown?: CheckPhase;
}

/** A room state as versions before the screen flow kept it: flags instead of `screen`. */
export type LegacyRoomState = Omit<RoomState, 'screen'> & Required<LegacyScreenFlags>;
/** A room state as a window may find it kept: current, or from an earlier version. */
export type KeptRoomState = RoomState | LegacyRoomState;

/** Everything the facilitator can do. */
export type RoomCommand =
  | { type: 'advance' }
  | { type: 'timer-start' }
  | { type: 'timer-pause' }
  | { type: 'timer-extend'; minutes: number }
  | { type: 'reveal-choices'; shown: boolean }
  | {
      type: 'record-decision';
      choice?: string;
      tally?: Record<string, number>;
      rationale: string;
      /** Every team's choice, when every team decides; the story follows the most chosen. */
      teams?: TeamVote[];
      /** Participants' reasons from their own devices (a live vote), kept with the run. */
      reasons?: { choice: string; text: string }[];
    }
  | { type: 'rejoin-history' }
  | { type: 'undo' }
  | { type: 'skip' }
  | { type: 'end-role' }
  | { type: 'end-now' }
  | { type: 'projector-page'; page: number }
  /** A show of hands on a role's check (typed by the presenter, or summed from devices). */
  | { type: 'record-check'; tally: RoomCheckTally }
  | ShowCheckCommand
  | NoteCommand;

export type CommandResult = { ok: true; state: RoomState } | { ok: false; message: string };

/** Starts a session from a checked plan: the first run begins, the room sees the overview. */
export function createRoomState(
  scenario: Scenario,
  plan: SessionPlan,
  now: number,
  sessionId: string,
): RoomState {
  const empty: RoomRecord = {
    format: ROOM_RECORD_FORMAT,
    version: ROOM_RECORD_VERSION,
    scenario: {
      id: scenario.id,
      version: scenario.version,
      title: scenario.title,
      language: scenario.language,
    },
    plan,
    runs: [],
    startedAt: now,
  };
  const { record, engine } = startRun(scenario, empty, 0, now);
  const flow = startFlow({ scenario, engine, room: { record, timer: freshTimer(0), tie: null } });
  return stateOf(flow, { sessionId, revision: 1 });
}

/** The screen flow of a kept room state (an earlier version's flags are read as they were meant). */
export function roomFlow(scenario: Scenario, state: KeptRoomState): FlowSnapshot {
  const replayed = replay(scenario, state.record.runs.at(-1)?.log ?? []);
  if (!replayed.ok)
    throw new Error(`the room's log does not fit the scenario: ${wordProblem(replayed.message)}`);
  const engine = replayed.session.snapshot();
  const context = {
    scenario,
    engine,
    room: { record: state.record, timer: state.timer, tie: state.tie, page: state.page ?? 0 },
  };
  const screen = 'screen' in state ? state.screen : screenFromFlags(state, replayed.session.view());
  return restoreFlow(context, { screen, revealed: state.revealed });
}

/** The engine's view of the run the room is playing. */
export function roomView(scenario: Scenario, state: KeptRoomState): SessionView {
  return viewOf(roomFlow(scenario, state));
}

/** A kept state in the current form (the same state if it already is). */
export function currentRoomState(scenario: Scenario, state: KeptRoomState): RoomState {
  return 'screen' in state ? state : stateOf(roomFlow(scenario, state), state);
}

/** Applies one command; a refused command leaves the state as it was and says why. */
export function applyRoomCommand(
  scenario: Scenario,
  state: KeptRoomState,
  command: RoomCommand,
  now: number,
): CommandResult {
  if (isNoteCommand(command)) return applyNoteCommand(currentRoomState(scenario, state), command);
  const flow = roomFlow(scenario, state);
  if (isShowCheckCommand(command))
    return applyShowCheck(
      scenario,
      currentRoomState(scenario, state),
      viewOf(flow).role?.id,
      command,
    );
  const event = eventFor(flow, command, now);
  if ('message' in event) return { ok: false, message: event.message };
  const sent = sendFlow(flow, event);
  if (!sent.ok) return sent;
  const next = keepShownCheck(
    currentRoomState(scenario, state),
    stateOf(sent.snapshot, { ...state, revision: state.revision + 1 }),
  );
  const { beat, choices } = viewOf(flow);
  if (command.type !== 'record-decision' || !command.reasons?.length || !beat)
    return { ok: true, state: next };
  const offered = new Set(choices.map((choice) => choice.id));
  const reasons = command.reasons.filter((reason) => offered.has(reason.choice));
  return { ok: true, state: withReasons(next, beat.id, reasons) };
}

/** The state with participants' reasons added to the run under way, for the decision at `beat`. */
function withReasons(
  state: RoomState,
  beat: string,
  reasons: readonly { choice: string; text: string }[],
): RoomState {
  const runs = state.record.runs.slice();
  const run = runs.at(-1);
  if (!run) return state;
  const kept = reasons
    .map((r) => ({ beat, choice: r.choice, text: r.text.trim().slice(0, MAX_REASON_CHARS) }))
    .filter((r) => r.text !== '');
  runs[runs.length - 1] = { ...run, reasons: [...(run.reasons ?? []), ...kept] };
  return { ...state, record: { ...state.record, runs } };
}

/** Where the room is (run, screen, role, beat or ending): a window moves focus when it changes. */
export function placeKey(state: RoomState, view: SessionView): string {
  return [
    state.record.runs.length,
    state.screen,
    view.role?.id ?? '',
    view.beat?.id ?? view.ending?.id ?? '',
  ].join('/');
}

/** The flow event a command stands for; a vote is counted first, and a bad one refused. */
function eventFor(
  flow: FlowSnapshot,
  command: Exclude<RoomCommand, NoteCommand | ShowCheckCommand>,
  now: number,
): FlowEvent | { message: string } {
  switch (command.type) {
    case 'advance':
      return { type: 'NEXT', at: now };
    case 'timer-start':
      return { type: 'TIMER_START', at: now };
    case 'timer-pause':
      return { type: 'TIMER_PAUSE', at: now };
    case 'timer-extend':
      return { type: 'TIMER_EXTEND', minutes: command.minutes };
    case 'reveal-choices':
      return { type: command.shown ? 'REVEAL' : 'HIDE' };
    case 'rejoin-history':
      return { type: 'REJOIN', at: now };
    case 'record-check': {
      const misfit = roomCheckMisfit(flow.context.scenario, command.tally);
      return misfit ? { message: misfit } : { type: 'RECORD_CHECK', tally: command.tally };
    }
    case 'undo':
      return { type: 'UNDO', at: now };
    case 'skip':
      return { type: 'SKIP', at: now };
    case 'end-role':
      return { type: 'END_ROLE', at: now };
    case 'end-now':
      return { type: 'END_NOW', at: now };
    case 'projector-page':
      return { type: 'PAGE', page: command.page };
    case 'record-decision': {
      const choices = viewOf(flow).choices;
      if (screenOf(flow) !== 'beat' || choices.length === 0)
        return { message: t('roomRefusals.noDecision') };
      const teams = teamVotes(flow, command.teams);
      if ('message' in teams) return teams;
      const vote = decideVote(choices, teams.votes ? { tally: teams.tally } : command);
      if (vote.kind === 'refused') return { message: vote.message };
      if (vote.kind === 'tie') return { type: 'TIE', choices: vote.choices, tally: vote.tally };
      const rationale = command.rationale.trim().slice(0, MAX_REASON_CHARS);
      return {
        type: 'CHOOSE',
        at: now,
        choice: vote.choice,
        ...(rationale ? { rationale } : {}),
        ...(vote.tally ? { tally: vote.tally } : {}),
        ...(teams.votes ? { teams: teams.votes } : {}),
      };
    }
  }
}

/** The room state a flow snapshot stands for, with the session's identity and revision. */
function stateOf(
  flow: FlowSnapshot,
  identity: { sessionId: string; revision: number; customScenario?: string },
): RoomState {
  const room = flow.context.room;
  if (!room) throw new Error('a room state needs a room flow');
  return {
    sessionId: identity.sessionId,
    record: room.record,
    revision: identity.revision,
    screen: screenOf(flow),
    revealed: flow.matches({ beat: 'shown' }),
    timer: room.timer,
    tie: room.tie,
    ...(room.page ? { page: room.page } : {}),
    ...(identity.customScenario !== undefined ? { customScenario: identity.customScenario } : {}),
  };
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
  const replayed = replay(scenario, record.runs.at(-1)?.log ?? []);
  if (!replayed.ok)
    throw new Error(`the room's log does not fit the scenario: ${wordProblem(replayed.message)}`);
  const context = {
    scenario,
    engine: replayed.session.snapshot(),
    room: { record, timer: freshTimer(5), tie: null },
  };
  const flow = restoreFlow(context);
  const screen = screenOf(flow);
  const timer = freshTimer(minutesFor(scenario, record.plan, screen, viewOf(flow)));
  return { ...stateOf(flow, { sessionId, revision: 1 }), timer };
}
