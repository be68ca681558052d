import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createSession } from '../../src/engine/create-session';
import { replay } from '../../src/engine/replay';
import type { Scenario } from '../../src/engine/schema';
import {
  restoreFlow,
  screenOf,
  sendFlow,
  startFlow,
  viewOf,
  type FlowSnapshot,
} from '../../src/flow/flow';
import type { FlowEvent } from '../../src/flow/flow-types';
import { screenFromFlags } from '../../src/flow/legacy-screen';
import { screenFlow } from '../../src/flow/screen-flow';
import { wordProblem } from '../../src/i18n/problem-words';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { SCENARIOS, mustLoad } from '../engine/fixtures';

let scenario: Scenario;
beforeAll(async () => {
  scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
});

// These tests follow the screens around the before-and-after check, so every role's check before
// counts as skipped; check-flow.test.ts follows the check itself.
const solo = () => ({
  scenario,
  engine: createSession(scenario).snapshot(),
  room: null,
  checks: Object.fromEntries(scenario.roles.map((r) => [r.id, { before: { answers: {} } }])),
});

/** Sends events in turn, failing the test on any refusal. */
function send(flow: FlowSnapshot, ...events: FlowEvent[]): FlowSnapshot {
  for (const event of events) {
    const sent = sendFlow(flow, event);
    if (!sent.ok) throw new Error(`${event.type} refused on ${screenOf(flow)}: ${sent.message}`);
    flow = sent.snapshot;
  }
  return flow;
}

/** The one onward event of each screen (the first open choice at a decision). */
function onward(flow: FlowSnapshot): FlowEvent {
  const view = viewOf(flow);
  if (screenOf(flow) === 'rejoin') return { type: 'REJOIN', at: 1 };
  if (screenOf(flow) === 'beat' && view.choices[0])
    return { type: 'CHOOSE', choice: view.choices[0].id, at: 1 };
  return { type: 'NEXT', at: 1 };
}

describe('the screen flow, played alone', () => {
  it('opens on the role picker, then briefing, beat and outcome in turn', () => {
    const [first] = initialTransition(screenFlow, solo());
    expect(screenOf(first)).toBe('select');
    const [briefed] = transition(screenFlow, first, { type: 'START', role: 'contractor', at: 1 });
    expect(screenOf(briefed)).toBe('briefing');
    const [atBeat] = transition(screenFlow, briefed, { type: 'NEXT', at: 2 });
    expect(screenOf(atBeat)).toBe('beat');
    const choice = viewOf(atBeat).choices[0]?.id ?? '';
    const [decided] = transition(screenFlow, atBeat, { type: 'CHOOSE', choice, at: 3 });
    expect(screenOf(decided)).toBe('outcome');
    expect(viewOf(decided).lastOutcome?.choice).toBe(choice);
    expect(decided.context.engine.context.log).toHaveLength(2);
  });

  it('plays a role to its debrief, where alone there is nothing after', () => {
    let flow = send(startFlow(solo()), { type: 'START', role: 'contractor', at: 1 });
    const seen = new Set<string>();
    for (let i = 0; i < 100 && screenOf(flow) !== 'debrief'; i++) {
      seen.add(screenOf(flow));
      flow = send(flow, onward(flow));
    }
    expect(screenOf(flow)).toBe('debrief');
    expect([...seen].sort()).toEqual(['beat', 'briefing', 'outcome']);
    expect(sendFlow(flow, { type: 'NEXT', at: 9 })).toEqual({
      ok: false,
      message: 'there is nothing after the debrief here',
    });
  });

  it('enters a role that needs history through its rejoin screen, then the briefing', () => {
    let flow = send(startFlow(solo()), { type: 'START', role: 'analysts', at: 1 });
    expect(screenOf(flow)).toBe('rejoin');
    flow = send(flow, { type: 'REJOIN', at: 2 });
    expect(screenOf(flow)).toBe('briefing');
  });

  it('goes from one campaign role to the next through the debrief', () => {
    let flow = send(startFlow(solo()), { type: 'START', campaign: true, at: 1 });
    const firstRole = viewOf(flow).role?.id;
    for (let i = 0; i < 100 && screenOf(flow) !== 'debrief'; i++) flow = send(flow, onward(flow));
    expect(viewOf(flow).nextRole).toBeDefined();
    flow = send(flow, { type: 'NEXT', at: 5 });
    expect(['briefing', 'rejoin']).toContain(screenOf(flow));
    expect(viewOf(flow).role?.id).not.toBe(firstRole);
  });

  it('refuses the facilitator’s events and a closed choice, and says why', () => {
    const flow = send(
      startFlow(solo()),
      { type: 'START', role: 'contractor', at: 1 },
      { type: 'NEXT', at: 2 },
    );
    expect(sendFlow(flow, { type: 'REVEAL' }).ok).toBe(false);
    expect(sendFlow(flow, { type: 'TIE', choices: [], tally: {} }).ok).toBe(false);
    expect(sendFlow(flow, { type: 'TIMER_START', at: 3 }).ok).toBe(false);
    expect(sendFlow(flow, { type: 'CHOOSE', choice: 'nonsense', at: 3 })).toEqual({
      ok: false,
      message: "choice 'nonsense' is not open here",
    });
  });
});

describe('restoring the flow from a save', () => {
  const playedTo = (screen: string): FlowSnapshot => {
    let flow = send(startFlow(solo()), { type: 'START', role: 'contractor', at: 1 });
    while (screenOf(flow) !== screen) flow = send(flow, onward(flow));
    return flow;
  };
  const engineOf = (flow: FlowSnapshot) => {
    const replayed = replay(scenario, flow.context.engine.context.log);
    if (!replayed.ok) throw new Error(wordProblem(replayed.message));
    return replayed.session;
  };

  it('comes back to the kept screen when it fits the engine', () => {
    for (const screen of ['briefing', 'beat', 'outcome', 'debrief'] as const) {
      const flow = playedTo(screen);
      const restored = restoreFlow({ ...solo(), engine: engineOf(flow).snapshot() }, { screen });
      expect(screenOf(restored)).toBe(screen);
      // …and goes on from there as the original would (alone, a debrief has no onward step).
      if (screen !== 'debrief')
        expect(screenOf(send(restored, onward(flow)))).toBe(screenOf(send(flow, onward(flow))));
    }
  });

  it('falls back to where the engine is when the kept screen does not fit', () => {
    const atBeat = engineOf(playedTo('beat')).snapshot();
    expect(screenOf(restoreFlow({ ...solo(), engine: atBeat }, { screen: 'debrief' }))).toBe(
      'beat',
    );
    expect(screenOf(restoreFlow({ ...solo(), engine: atBeat }, { screen: 'report' }))).toBe('beat');
    expect(screenOf(restoreFlow(solo(), { screen: 'outcome' }))).toBe('select');
  });

  it('reads the flags of saves kept before the screen flow as they were meant', () => {
    const briefing = engineOf(playedTo('briefing'));
    const beat = engineOf(playedTo('beat'));
    const outcome = engineOf(playedTo('outcome'));
    const role = beat.view().role?.id ?? null;
    const flags = (briefedRole: string | null, outcomePending: boolean) => ({
      briefedRole,
      outcomePending,
    });
    expect(screenFromFlags(flags(null, false), briefing.view())).toBe('briefing');
    expect(screenFromFlags(flags(role, false), beat.view())).toBe('beat');
    expect(screenFromFlags(flags(role, true), outcome.view())).toBe('outcome');
    expect(screenFromFlags(flags(role, false), outcome.view())).toBe('beat');
    expect(screenFromFlags(flags(null, false), createSession(scenario).view())).toBe('select');
    expect(
      screenFromFlags({ ...flags(role, false), overviewDone: false, ended: false }, beat.view()),
    ).toBe('overview');
    expect(
      screenFromFlags({ ...flags(role, false), overviewDone: true, ended: true }, beat.view()),
    ).toBe('report');
  });
});
