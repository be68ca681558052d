import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS } from '../../src/engine/limits';
import {
  applyRoomCommand,
  createRoomState,
  currentRoomState,
  type LegacyRoomState,
  type RoomCommand,
  type RoomState,
} from '../../src/facilitation/room-session';
import { readRoomState, roomStateMisfit } from '../../src/facilitation/room-state-schema';
import {
  extendTimer,
  formatTimeLeft,
  freshTimer,
  pauseTimer,
} from '../../src/facilitation/room-timer';
import { equationGroup } from './sample-room-record';

const scenario = await equationGroup();
const T0 = Date.UTC(2026, 10, 27, 14, 0);

/** A room at the contractor's first decision, after a tied vote. */
function tiedRoom(): RoomState {
  let state = createRoomState(
    scenario,
    {
      scenarioId: 'equation-group',
      mode: 'roles',
      teams: [{ role: 'contractor', team: 'Table 1' }],
      budgetMinutes: 60,
    },
    T0,
    'session-1',
  );
  const commands: RoomCommand[] = [
    { type: 'advance' },
    { type: 'advance' },
    { type: 'timer-start' },
    { type: 'record-decision', tally: { 'stay-late': 4, 'take-it-home': 4 }, rationale: '' },
  ];
  for (const [i, command] of commands.entries()) {
    const result = applyRoomCommand(scenario, state, command, T0 + (i + 1) * 1000);
    if (!result.ok) throw new Error(result.message);
    state = result.state;
  }
  return state;
}

const room = tiedRoom();
const REMOVE = Symbol('remove');

/** The same room as a version before the screen flow kept it: flags instead of `screen`. */
function legacyOf(state: RoomState): LegacyRoomState {
  const { screen, ...rest } = state;
  expect(screen).toBe('beat');
  return {
    ...rest,
    overviewDone: true,
    briefedRole: 'contractor',
    outcomePending: false,
    ended: false,
  };
}
const legacyRoom = legacyOf(room);

/** The room state as stored, with the value at `path` replaced (or removed), read back. */
function tampered(path: readonly (string | number)[], value: unknown, kept: object = room) {
  if (path.length === 0) return readRoomState(value);
  const copy = JSON.parse(JSON.stringify(kept)) as unknown;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], copy);
  const last = path.at(-1) ?? '';
  if (value === REMOVE) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return readRoomState(copy);
}

function why(path: readonly (string | number)[], value: unknown, kept: object = room): string {
  const read = tampered(path, value, kept);
  if (!read.ok) return read.why;
  return roomStateMisfit(scenario, read.state) ?? 'accepted';
}

describe('the kept room state is read in full', () => {
  it('reads back what the room wrote, and it fits the scenario', () => {
    expect(room.tie?.choices).toEqual(['stay-late', 'take-it-home']);
    const read = readRoomState(JSON.parse(JSON.stringify(room)));
    expect(read).toEqual({ ok: true, state: room });
    expect(roomStateMisfit(scenario, room)).toBeUndefined();
  });

  it.each<[string, (string | number)[], unknown, string]>([
    ['a state that is a list', [], [], 'it must be an object'],
    ['a revision that is text', ['revision'], '7', 'revision must be a number'],
    ['a revision of 0', ['revision'], 0, 'revision must be at least 1'],
    ['a missing record', ['record'], REMOVE, "'record' is missing at the top level"],
    ['runs that are not a list', ['record', 'runs'], {}, 'record.runs must be a list'],
    ['a screen that is no screen', ['screen'], 'admin', "screen must be 'select' or 'overview'"],
    ['a missing screen', ['screen'], REMOVE, "screen must be 'select' or 'overview'"],
    ['an old flag beside the screen', ['ended'], true, "unexpected key 'ended' at the top level"],
    ['an empty session id', ['sessionId'], '', 'sessionId must not be empty'],
    ['a timer of minus one', ['timer', 'durationMs'], -1, 'timer.durationMs must be a span'],
    ['a timer of 1e308', ['timer', 'usedMs'], 1e308, 'timer.usedMs must be a span'],
    [
      'a timer started in 1e308 BC',
      ['timer', 'runningSince'],
      -1e308,
      'timer.runningSince must be a date',
    ],
    ['a start date of -1e308', ['record', 'startedAt'], -1e308, 'record.startedAt must be a date'],
    [
      'an extra key in a log entry',
      ['record', 'runs', 0, 'log', 0, 'extra'],
      1,
      "unexpected key 'extra' in record.runs[0].log[0]",
    ],
    [
      '2^53 votes in a tie',
      ['tie', 'tally', 'stay-late'],
      2 ** 53,
      'tie.tally.stay-late must be a whole number of votes from 0 to 999',
    ],
    ['a key of its own', ['hacked'], true, "unexpected key 'hacked' at the top level"],
    [
      'a tie between choices that are not here',
      ['tie', 'choices'],
      ['burn-it'],
      "its tie names 'burn-it', which is not a choice here",
    ],
    [
      'a log that does not replay',
      ['record', 'runs', 0, 'log', 0, 'role'],
      'ceo',
      "runs[0] plays role 'ceo', which is not in the plan",
    ],
    ['no run under way', ['record', 'runs'], [], 'it has no run under way'],
    [
      'another scenario',
      ['record', 'scenario', 'id'],
      'usb-stick',
      "it is a session of scenario 'usb-stick'",
    ],
  ])('refuses %s, naming what is wrong', (_, path, value, expected) => {
    expect(why(path, value)).toContain(expected);
  });

  it('reads back a state kept by an earlier version, and goes on where it stood', () => {
    const read = readRoomState(JSON.parse(JSON.stringify(legacyRoom)));
    expect(read).toEqual({ ok: true, state: legacyRoom });
    expect(roomStateMisfit(scenario, legacyRoom)).toBeUndefined();
    expect(currentRoomState(scenario, legacyRoom)).toEqual(room);
  });

  it.each<[string, (string | number)[], unknown, string]>([
    ['a flag that is text', ['ended'], 'no', 'ended must be true or false'],
    ['a missing flag', ['outcomePending'], REMOVE, "'outcomePending' is missing at the top level"],
    ['a briefed role that is no id', ['briefedRole'], '<b>', 'briefedRole must be an id'],
    ['a screen beside the flags', ['screen'], 'beat', "unexpected key 'overviewDone'"],
    [
      'a log that does not replay',
      ['record', 'runs', 0, 'log', 0, 'role'],
      'ceo',
      "runs[0] plays role 'ceo', which is not in the plan",
    ],
  ])(
    "refuses an earlier version's state with %s, naming what is wrong",
    (_, path, value, expected) => {
      expect(why(path, value, legacyRoom)).toContain(expected);
    },
  );

  it('holds the timer to the limit the state is read back with', () => {
    const long = extendTimer(freshTimer(60), 60 * 30);
    expect(long.durationMs).toBe(MAX_TIMER_MS);
    const used = pauseTimer({ ...long, runningSince: T0 }, T0 + 40 * 86_400_000);
    expect(used.usedMs).toBe(MAX_TIMER_MS);
    expect(readRoomState({ ...room, timer: used }).ok).toBe(true);
    expect(formatTimeLeft(Number.NaN)).toBe('–:––');
  });
});
