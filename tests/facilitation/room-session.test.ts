import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import {
  applyRoomCommand,
  createRoomState,
  currentRoomState,
  roomStateFromRecord,
  roomView,
  type LegacyRoomState,
  type RoomCommand,
  type RoomState,
} from '../../src/facilitation/room-session';
import { formatTimeLeft, timeLeftMs } from '../../src/facilitation/room-timer';
import { decideVote, tallyText } from '../../src/facilitation/room-vote';
import type { SessionPlan } from '../../src/facilitation/session-plan';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { SCENARIOS, mustLoad } from '../engine/fixtures';

let scenario: Scenario;
beforeAll(async () => {
  scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
});

const contractorPlan = (): SessionPlan => ({
  scenarioId: 'equation-group',
  mode: 'roles',
  teams: [
    { role: 'contractor', team: 'Table 1' },
    { role: 'analysts', team: 'Table 2' },
  ],
  budgetMinutes: 60,
});

/** Applies commands in turn at one-second steps, failing the test on any refusal. */
function run(state: RoomState, commands: RoomCommand[], start = 1_000): RoomState {
  let now = start;
  for (const command of commands) {
    now += 1000;
    const result = applyRoomCommand(scenario, state, command, now);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
    state = result.state;
  }
  return state;
}

const screenOf = (state: RoomState): string => state.screen;

describe('a room session', () => {
  it('walks overview → briefing → beat, with the timer set from the plan', () => {
    let state = createRoomState(scenario, contractorPlan(), 0, 's1');
    expect(screenOf(state)).toBe('overview');
    state = run(state, [{ type: 'advance' }]);
    expect(screenOf(state)).toBe('briefing');
    state = run(state, [{ type: 'advance' }]);
    expect(screenOf(state)).toBe('beat');
    expect(state.timer.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(state.timer.runningSince).toBeNull();
    expect(state.revealed).toBe(false);
  });

  it('pauses and extends the timer exactly, and shows over time', () => {
    let state = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [
      { type: 'advance' },
      { type: 'advance' },
    ]);
    const allowed = state.timer.durationMs;
    state = run(state, [{ type: 'timer-start' }], 10_000); // started at 11 s
    state = run(state, [{ type: 'timer-pause' }], 40_000); // paused at 41 s: 30 s used
    expect(timeLeftMs(state.timer, 999_999)).toBe(allowed - 30_000);
    state = run(state, [{ type: 'timer-extend', minutes: 2 }]);
    expect(timeLeftMs(state.timer, 0)).toBe(allowed + 120_000 - 30_000);
    expect(formatTimeLeft(65_000)).toBe('1:05');
    expect(formatTimeLeft(-32_000)).toBe('+0:32');
  });

  it('takes the winner of a vote with its tally and reason; a tie is asked again', () => {
    let state = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [
      { type: 'advance' },
      { type: 'advance' },
      { type: 'reveal-choices', shown: true },
    ]);
    expect(state.revealed).toBe(true);
    const choices = roomView(scenario, state).choices.map((c) => c.id);
    const [first, second, third] = choices as [string, string, string];
    state = run(state, [
      {
        type: 'record-decision',
        tally: { [first]: 5, [second]: 5, [third]: 2 },
        rationale: 'split',
      },
    ]);
    expect(state.tie?.choices).toEqual([first, second]);
    expect(screenOf(state)).toBe('beat');
    state = run(state, [
      { type: 'record-decision', tally: { [first]: 7, [second]: 5 }, rationale: ' Deadline wins ' },
    ]);
    expect(state.tie).toBeNull();
    expect(screenOf(state)).toBe('outcome');
    const decision = state.record.runs[0]?.log.find((entry) => entry.type === 'choose');
    expect(decision).toMatchObject({
      choice: first,
      tally: { [first]: 7, [second]: 5 },
      rationale: 'Deadline wins',
    });
  });

  it('refuses a bad vote and leaves the state untouched', () => {
    const state = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [
      { type: 'advance' },
      { type: 'advance' },
    ]);
    const refused = applyRoomCommand(
      scenario,
      state,
      { type: 'record-decision', tally: { nonsense: 3 }, rationale: '' },
      5,
    );
    expect(refused).toEqual({ ok: false, message: "'nonsense' is not a choice here" });
    expect(applyRoomCommand(scenario, state, { type: 'advance' }, 5)).toMatchObject({ ok: false });
  });

  it('plays the planned roles one after another, then ends at the report', () => {
    let state = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [{ type: 'advance' }]);
    let guard = 0;
    while (screenOf(state) !== 'report' && guard++ < 200) {
      const view = roomView(scenario, state);
      const screen = screenOf(state);
      if (screen === 'beat' && view.choices.length > 0)
        state = run(state, [
          { type: 'record-decision', choice: view.choices[0]?.id ?? '', rationale: '' },
        ]);
      else if (screen === 'rejoin') state = run(state, [{ type: 'rejoin-history' }]);
      else state = run(state, [{ type: 'advance' }]);
    }
    expect(screenOf(state)).toBe('report');
    expect(state.record.runs.map((r) => r.log[0])).toMatchObject([
      { type: 'start', role: 'contractor' },
      { type: 'start', role: 'analysts' },
    ]);
    expect(state.record.endedAt).toBeDefined();
    const reloaded = roomStateFromRecord(scenario, state.record, 's2');
    expect(screenOf(reloaded)).toBe('report');
  });

  it('starts each new place with the choices hidden, no tie and a fresh timer', () => {
    let state = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [
      { type: 'advance' },
      { type: 'advance' },
      { type: 'reveal-choices', shown: true },
      { type: 'timer-start' },
    ]);
    const [first, second] = roomView(scenario, state).choices.map((c) => c.id) as [string, string];
    state = run(state, [
      { type: 'record-decision', tally: { [first]: 3, [second]: 3 }, rationale: '' },
    ]);
    expect(state).toMatchObject({
      screen: 'beat',
      revealed: true,
      tie: { choices: [first, second] },
    });
    expect(state.timer.runningSince).not.toBeNull();
    state = run(state, [{ type: 'record-decision', choice: first, rationale: '' }]);
    expect(state).toMatchObject({ screen: 'outcome', revealed: false, tie: null });
    expect(state.timer.runningSince).toBeNull();
  });

  it('reads a room state kept by an earlier version (flags, not a screen)', () => {
    const now = run(createRoomState(scenario, contractorPlan(), 0, 's1'), [
      { type: 'advance' },
      { type: 'advance' },
    ]);
    const { sessionId, record, revision, revealed, timer, tie } = now;
    const kept: LegacyRoomState = {
      ...{ sessionId, record, revision, revealed, timer, tie },
      overviewDone: true,
      briefedRole: 'contractor',
      outcomePending: false,
      ended: false,
    };
    const upgraded = currentRoomState(scenario, kept);
    expect(upgraded.screen).toBe('beat');
    expect(upgraded).not.toHaveProperty('briefedRole');
    expect(currentRoomState(scenario, { ...kept, briefedRole: null }).screen).toBe('briefing');
    expect(currentRoomState(scenario, { ...kept, overviewDone: false }).screen).toBe('overview');
    // A command on a kept state goes on from where it stood.
    const choice = roomView(scenario, kept).choices[0]?.id ?? '';
    const result = applyRoomCommand(
      scenario,
      kept,
      { type: 'record-decision', choice, rationale: '' },
      9,
    );
    expect(result).toMatchObject({
      ok: true,
      state: { screen: 'outcome', revision: kept.revision + 1 },
    });
  });

  it('counts votes as a room reads a show of hands', () => {
    const choices = [
      { index: 0, id: 'a', label: 'A' },
      { index: 1, id: 'b', label: 'B' },
    ];
    expect(decideVote(choices, { tally: { a: 2, b: 1 } })).toEqual({
      kind: 'decided',
      choice: 'a',
      tally: { a: 2, b: 1 },
    });
    expect(decideVote(choices, { tally: { a: 1.5 } })).toMatchObject({ kind: 'refused' });
    expect(decideVote(choices, { tally: {} })).toMatchObject({ kind: 'refused' });
    expect(decideVote(choices, { choice: 'b' })).toEqual({ kind: 'decided', choice: 'b' });
    expect(tallyText({ a: 2, b: 7, c: 5 })).toBe('7-5-2');
  });
});
