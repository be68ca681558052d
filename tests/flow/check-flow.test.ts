import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkChange } from '../../src/engine/check-answers';
import { createSession } from '../../src/engine/create-session';
import { replay } from '../../src/engine/replay';
import type { Scenario } from '../../src/engine/schema';
import { restoreFlow, screenOf, sendFlow, startFlow, type FlowSnapshot } from '../../src/flow/flow';
import type { FlowEvent } from '../../src/flow/flow-types';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { StoredProgressSchema } from '../../src/ui/kept-progress';
import { SCENARIOS, mustLoad } from '../engine/fixtures';

let scenario: Scenario;
beforeAll(async () => {
  scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
});

function send(flow: FlowSnapshot, ...events: FlowEvent[]): FlowSnapshot {
  for (const event of events) {
    const sent = sendFlow(flow, event);
    if (!sent.ok) throw new Error(`${event.type} refused on ${screenOf(flow)}: ${sent.message}`);
    flow = sent.snapshot;
  }
  return flow;
}

/** Plays the role on from its briefing, always taking the first choice, to the debrief. */
function playOn(flow: FlowSnapshot): FlowSnapshot {
  for (let step = 0; step < 100 && screenOf(flow) !== 'debrief'; step += 1) {
    const engine = flow.context.engine;
    const choice = sendFlow(flow, { type: 'NEXT', at: 2 });
    if (choice.ok) {
      flow = choice.snapshot;
      continue;
    }
    const view = replay(scenario, [...engine.context.log]);
    const first = view.ok ? view.session.view().choices[0] : undefined;
    flow = send(flow, { type: 'CHOOSE', choice: first?.id ?? '', at: 2 });
  }
  return flow;
}

describe('the before-and-after check in the screen flow', () => {
  it('asks before the briefing, once, and again from the debrief; keeps both', () => {
    let flow = send(
      startFlow({ scenario, engine: createSession(scenario).snapshot(), room: null }),
      {
        type: 'START',
        role: 'contractor',
        at: 1,
      },
    );
    expect(screenOf(flow)).toBe('checkBefore');
    flow = send(flow, { type: 'ANSWER', answers: { answers: { 'what-went-home': 'hacked' } } });
    expect(screenOf(flow)).toBe('briefing');
    flow = playOn(send(flow, { type: 'NEXT', at: 2 }));
    expect(screenOf(flow)).toBe('debrief');
    flow = send(flow, { type: 'CHECK' }, { type: 'SKIP_CHECK' });
    expect(screenOf(flow)).toBe('debrief');
    flow = send(flow, { type: 'CHECK' });
    expect(screenOf(flow)).toBe('checkAfter');
    flow = send(flow, {
      type: 'ANSWER',
      answers: { answers: { 'what-went-home': 'taken-home', 'home-with-av': 2 }, confidence: 4 },
    });
    expect(screenOf(flow)).toBe('debrief');
    expect(sendFlow(flow, { type: 'CHECK' }).ok, 'answered: not offered again').toBe(false);
    const kept = flow.context.checks?.contractor ?? {};
    const assessment = scenario.roles.find((r) => r.id === 'contractor')?.assessment;
    if (!assessment) throw new Error('the contractor has a check');
    const change = checkChange(assessment, kept);
    expect(change).toMatchObject({ rightBefore: 0, rightAfter: 1, knowledgeItems: 3 });
    expect(change.confidenceAfter).toBe(4);
    expect(change.items[0]).toMatchObject({ before: 'wrong', after: 'right' });
    expect(change.items.find((i) => i.id === 'home-with-av')).toMatchObject({ after: 2 });
  });

  it('a skipped check is kept as skipped, and a kept check screen restores only where it fits', () => {
    const context = { scenario, engine: createSession(scenario).snapshot(), room: null };
    let flow = send(startFlow(context), { type: 'START', role: 'ceo', at: 1 });
    flow = send(flow, { type: 'SKIP_CHECK' });
    expect(flow.context.checks?.ceo?.before).toEqual({ answers: {} });
    expect(screenOf(restoreFlow(flow.context, { screen: 'checkBefore' }))).toBe('checkBefore');
    expect(screenOf(restoreFlow({ ...flow.context, checks: {} }, { screen: 'debrief' }))).not.toBe(
      'debrief',
    );
  });

  it('progress kept before the check existed still reads; answers read back', () => {
    const old = { scenarioId: 'equation-group', save: '{}', screen: 'briefing' };
    expect(StoredProgressSchema.safeParse(old).success).toBe(true);
    const kept = { ...old, checks: { ceo: { before: { answers: { 'what-ordered': 'delete' } } } } };
    expect(StoredProgressSchema.safeParse(kept).success).toBe(true);
    const bad = { ...old, checks: { ceo: { before: { answers: { x: 9 } } } } };
    expect(StoredProgressSchema.safeParse(bad).success).toBe(false);
  });
});
