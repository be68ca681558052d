import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import { buildReport } from '../../src/facilitation/after-action-report';
import {
  BallotMessageSchema,
  castBallot,
  liveReasons,
  liveTally,
  openLiveVote,
  roomCodeFrom,
  RoomCodeSchema,
} from '../../src/facilitation/live-vote';
import {
  applyRoomCommand,
  createRoomState,
  roomView,
  type RoomState,
} from '../../src/facilitation/room-session';
import { readRoomState } from '../../src/facilitation/room-state-schema';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { SCENARIOS, mustLoad } from '../engine/fixtures';

let scenario: Scenario;
const T0 = Date.UTC(2026, 10, 30, 18);
beforeAll(async () => {
  scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
});

const open = {
  key: 'k',
  prompt: 'P',
  choices: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
};

describe('a live vote', () => {
  it('counts one vote per seat, keeps the last, and refuses closed, stale or unknown votes', () => {
    const vote = openLiveVote(open);
    const who = (seat: string) => ({ seat, name: '', team: '' });
    expect(castBallot(vote, { key: 'k', choice: 'a', reason: ' fast ' }, who('s1')).ok).toBe(true);
    expect(castBallot(vote, { key: 'k', choice: 'b', reason: 'safe' }, who('s2')).ok).toBe(true);
    expect(castBallot(vote, { key: 'k', choice: 'b', reason: '' }, who('s1')).ok).toBe(true);
    expect(castBallot(vote, { key: 'old', choice: 'a', reason: '' }, who('s3'))).toEqual({
      ok: false,
      refusal: 'voteOver',
    });
    expect(castBallot(vote, { key: 'k', choice: 'c', reason: '' }, who('s3'))).toEqual({
      ok: false,
      refusal: 'notOneOfTheChoices',
    });
    expect(liveTally(vote)).toEqual({ a: 0, b: 2 });
    expect(liveReasons(vote)).toEqual([{ choice: 'b', text: 'safe' }]);
    vote.closed = true;
    expect(castBallot(vote, { key: 'k', choice: 'a', reason: '' }, who('s1'))).toEqual({
      ok: false,
      refusal: 'voteClosed',
    });
  });

  it('reads messages with one schema each and draws valid room codes', () => {
    expect(
      BallotMessageSchema.safeParse({ key: 'k', choice: 'a', reason: 'two\nlines' }).success,
    ).toBe(false);
    expect(
      BallotMessageSchema.safeParse({ key: 'k', choice: 'a', reason: 'x'.repeat(201) }).success,
    ).toBe(false);
    const code = roomCodeFrom(new Uint8Array(32).map((_, i) => i * 7));
    expect(RoomCodeSchema.safeParse(code).success).toBe(true);
  });

  it('records the tally and participants’ reasons into the session and its report', () => {
    let state: RoomState = createRoomState(
      scenario,
      {
        scenarioId: 'equation-group',
        mode: 'roles',
        teams: [{ role: 'contractor', team: 'T' }],
        budgetMinutes: 60,
      },
      T0,
      's1',
    );
    for (const command of [
      { type: 'advance' },
      { type: 'advance' },
      { type: 'reveal-choices', shown: true },
    ] as const) {
      const result = applyRoomCommand(scenario, state, command, T0 + 1000);
      if (!result.ok) throw new Error(result.message);
      state = result.state;
    }
    const [first, second] = roomView(scenario, state).choices;
    const result = applyRoomCommand(
      scenario,
      state,
      {
        type: 'record-decision',
        tally: { [first!.id]: 2, [second!.id]: 1 },
        rationale: '',
        reasons: [
          { choice: first!.id, text: 'deadline' },
          { choice: 'not-offered', text: 'x' },
        ],
      },
      T0 + 2000,
    );
    if (!result.ok) throw new Error(result.message);
    const beat = roomView(scenario, state).beat?.id;
    expect(result.state.record.runs.at(-1)?.reasons).toEqual([
      { beat, choice: first!.id, text: 'deadline' },
    ]);
    const read = readRoomState(JSON.parse(JSON.stringify(result.state)));
    expect(read.ok ? '' : read.why).toBe('');
    // Moving on keeps them with the run.
    const onward = applyRoomCommand(scenario, result.state, { type: 'advance' }, T0 + 3000);
    if (!onward.ok) throw new Error(onward.message);
    const decision = buildReport(scenario, onward.state.record).roles[0]?.decisions[0];
    expect(decision?.tally?.text).toBe('2-1');
    expect(decision?.reasons).toEqual([
      { choice: first!.id, label: first!.label, text: 'deadline' },
    ]);
  });
});
