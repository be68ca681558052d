// The facilitator's ways around the story (undo, skip, end the role, end now, paging), every team
// deciding, and the session clock: each a flow event of the one screen flow, tried on real runs.
import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine/historical-path';
import { buildReport } from '../../src/facilitation/after-action-report';
import { readRoomState } from '../../src/facilitation/room-state-schema';
import {
  applyRoomCommand,
  createRoomState,
  roomView,
  type RoomCommand,
  type RoomState,
} from '../../src/facilitation/room-session';
import { planMinutes, PART_MINUTES } from '../../src/facilitation/plan-minutes';
import { aheadText, sessionClock } from '../../src/facilitation/session-clock';
import type { SessionPlan } from '../../src/facilitation/session-plan';
import { equationGroup } from './sample-room-record';

const scenario = await equationGroup();
const MINUTE = 60_000;
const plan: SessionPlan = {
  scenarioId: 'equation-group',
  mode: 'roles',
  teams: [
    { role: 'contractor', team: 'Table 1' },
    { role: 'analysts', team: 'Table 2' },
  ],
  budgetMinutes: 120,
};

let clock = 1_800_000_000_000;
function apply(state: RoomState, command: RoomCommand): RoomState {
  clock += 1000;
  const result = applyRoomCommand(scenario, state, command, clock);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
  return result.state;
}
const refusal = (state: RoomState, command: RoomCommand): string => {
  const result = applyRoomCommand(scenario, state, command, clock);
  return result.ok ? 'accepted' : result.message;
};
const decisions = (state: RoomState) =>
  (state.record.runs.at(-1)?.log ?? []).filter((entry) => entry.type === 'choose');
const atFirstDecision = (p: SessionPlan = plan): RoomState => {
  let state = createRoomState(scenario, p, clock, 'ways');
  state = apply(apply(state, { type: 'advance' }), { type: 'advance' });
  while (roomView(scenario, state).choices.length === 0) state = apply(state, { type: 'advance' });
  return state;
};

describe('the facilitator’s ways around the story', () => {
  it('takes back the last decision: the room is at that beat again, choices shown', () => {
    let state = atFirstDecision();
    const beat = roomView(scenario, state).beat?.id;
    expect(refusal(state, { type: 'undo' })).toBe('there is no decision to take back in this run');
    state = apply(state, { type: 'reveal-choices', shown: true });
    const choice = roomView(scenario, state).choices[1]?.id ?? '';
    state = apply(state, { type: 'record-decision', choice, rationale: 'typo' });
    expect(decisions(state)).toHaveLength(1);
    state = apply(state, { type: 'undo' });
    expect(state.screen).toBe('beat');
    expect(state.revealed).toBe(true);
    expect(roomView(scenario, state).beat?.id).toBe(beat);
    expect(decisions(state)).toHaveLength(0);
  });

  it('skips a decision with history’s choice, marked skipped, and ends a role at its debrief', () => {
    let state = atFirstDecision();
    const contractor = scenario.roles.find((role) => role.id === 'contractor');
    const main = historicalPath(contractor!).steps;
    const beat = roomView(scenario, state).beat?.id;
    state = apply(state, { type: 'skip' });
    const [skipped] = decisions(state);
    expect(skipped).toMatchObject({ beat, skipped: true });
    expect(skipped?.type === 'choose' && skipped.choice).toBe(
      main.find((step) => step.beat === beat)?.choice,
    );
    if (state.screen === 'outcome') state = apply(state, { type: 'advance' });
    state = apply(state, { type: 'end-role' });
    expect(state.screen).toBe('debrief');
    expect(roomView(scenario, state).ending).toBeDefined();
    expect(decisions(state).every((entry) => entry.type === 'choose' && entry.skipped)).toBe(true);
    expect(refusal(state, { type: 'end-role' })).toBe('the role has ended already');
    expect(refusal(state, { type: 'skip' })).toMatch(/only a beat can be skipped/);
  });

  it('ends the session now, from any screen, for the report', () => {
    const state = apply(atFirstDecision(), { type: 'end-now' });
    expect(state.screen).toBe('report');
    expect(state.record.endedAt).toBe(clock);
    expect(refusal(state, { type: 'end-now' })).toBe('the session has ended');
    expect(refusal(state, { type: 'undo' })).not.toBe('accepted');
  });

  it('pages the projector, back to the first page on each new screen; old states still read', () => {
    let state = apply(atFirstDecision(), { type: 'projector-page', page: 2 });
    expect(state.page).toBe(2);
    expect(refusal(state, { type: 'projector-page', page: -1 })).toBe('there is no such page');
    state = apply(state, { type: 'skip' });
    expect(state.page ?? 0).toBe(0);
    // A state kept before pages existed has no `page`: it reads, at the first page.
    const kept: Partial<RoomState> = apply(atFirstDecision(), { type: 'projector-page', page: 1 });
    delete kept.page;
    expect(readRoomState(JSON.parse(JSON.stringify(kept)))).toMatchObject({ ok: true });
  });
});

describe('every team decides', () => {
  const everyTeam: SessionPlan = { ...plan, everyTeam: ['Red', 'Blue', 'Green'] };

  it('records each team’s choice and reason; the story follows the most chosen', () => {
    let state = apply(atFirstDecision(everyTeam), { type: 'reveal-choices', shown: true });
    const [a, b] = roomView(scenario, state).choices.map((choice) => choice.id);
    const labels = new Map(roomView(scenario, state).choices.map((c) => [c.id, c.label]));
    state = apply(state, {
      type: 'record-decision',
      rationale: '',
      teams: [
        { team: 'Red', choice: a!, reason: ' the deadline ' },
        { team: 'Blue', choice: b! },
        { team: 'Green', choice: a! },
      ],
    });
    const [entry] = decisions(state);
    expect(entry).toMatchObject({
      choice: a,
      tally: { [a!]: 2, [b!]: 1 },
      teams: [
        { team: 'Red', choice: a, reason: 'the deadline' },
        { team: 'Blue', choice: b },
        { team: 'Green', choice: a },
      ],
    });
    // The report's data compares them, choice labels and reasons as recorded.
    const [decision] = buildReport(scenario, state.record).roles[0]?.decisions ?? [];
    expect(decision?.teams?.map((t) => [t.team, t.reason])).toEqual([
      ['Red', 'the deadline'],
      ['Blue', undefined],
      ['Green', undefined],
    ]);
    expect(decision?.teams?.[1]?.choiceLabel).toBe(labels.get(b!));
  });

  it('asks again on a tie, and refuses a team or a choice that is not there', () => {
    let state = apply(atFirstDecision(everyTeam), { type: 'reveal-choices', shown: true });
    const [a, b, c] = roomView(scenario, state).choices.map((choice) => choice.id);
    const vote = (teams: { team: string; choice: string }[]): RoomCommand => ({
      type: 'record-decision',
      rationale: '',
      teams,
    });
    expect(refusal(state, vote([{ team: 'Mauve', choice: a! }]))).toBe(
      "'Mauve' is not a team of this session",
    );
    state = apply(
      state,
      vote([
        { team: 'Red', choice: a! },
        { team: 'Blue', choice: b! },
      ]),
    );
    expect(state.tie?.choices).toEqual([a, b]);
    if (c)
      expect(refusal(state, vote([{ team: 'Red', choice: c }]))).toBe(
        'Red must choose between the tied choices',
      );
    state = apply(
      state,
      vote([
        { team: 'Red', choice: b! },
        { team: 'Blue', choice: b! },
      ]),
    );
    expect(decisions(state)[0]).toMatchObject({ choice: b });
  });
});

describe('the session clock', () => {
  it('sets the plan for the parts finished against the time since the start', () => {
    const start = 5_000_000;
    let state = createRoomState(scenario, plan, start, 'clock');
    const minutes = planMinutes(scenario, plan);
    expect(sessionClock(scenario, state.record, state.screen, start).planned).toBe(0);
    const at = (minute: number, command: RoomCommand): RoomState => {
      const result = applyRoomCommand(scenario, state, command, start + minute * MINUTE);
      if (!result.ok) throw new Error(result.message);
      return result.state;
    };
    state = at(4, { type: 'advance' }); // to the briefing
    let now = sessionClock(scenario, state.record, state.screen, start + 4 * MINUTE);
    expect(now.planned).toBe(minutes.overview);
    expect(aheadText(now)).toBe('1 min ahead');
    state = at(7, { type: 'advance' }); // to the first beat
    while (roomView(scenario, state).choices.length === 0) state = at(8, { type: 'advance' });
    const first = minutes.perRole[0]!.decisions[0]!;
    state = at(20, { type: 'skip' });
    now = sessionClock(scenario, state.record, state.screen, start + 20 * MINUTE);
    const scenes = (state.record.runs[0]?.log ?? []).filter((e) => e.type === 'continue').length;
    expect(now.planned).toBe(
      minutes.overview + PART_MINUTES.briefing + scenes * PART_MINUTES.scene + first.minutes,
    );
    expect(now.ahead).toBeCloseTo(now.planned - 20);
    expect(aheadText(now)).toMatch(/min behind$/);
    state = at(30, { type: 'end-now' });
    now = sessionClock(scenario, state.record, state.screen, start + 99 * MINUTE);
    expect(now.actual).toBe(30);
    expect(now.planned).toBe(minutes.total - minutes.wrapUp);
  });
});

describe('the session log keeps its language', () => {
  it('records the language the scenario was played in, and reads back with it', () => {
    const state = createRoomState(scenario, plan, clock, 'language');
    expect(state.record.scenario.language).toBe('en');
    const read = readRoomState(JSON.parse(JSON.stringify(state)));
    expect(read.ok && read.state.record.scenario.language).toBe('en');
  });
});
