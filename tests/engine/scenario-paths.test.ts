import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { buildMachine, type ScenarioMachine } from '../../src/engine/build-machine';
import type { EngineSnapshot } from '../../src/engine/create-session';
import { evaluateCondition } from '../../src/engine/evaluate-condition';
import { readSet } from '../../src/engine/explore-worlds';
import { loadScenario } from '../../src/engine/load-scenario';
import { placeOf } from '../../src/engine/place';
import type { Scenario } from '../../src/engine/schema';
import type { EngineEvent } from '../../src/engine/session-types';
import { initialWorld } from '../../src/engine/world';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { playableTargets } from './fixtures';
import { randomPlay, startsOf } from './random-play';

/** The events worth trying in a snapshot: only those the machine accepts there. */
function eventsOf(s: Scenario, snap: EngineSnapshot): EngineEvent[] {
  const p = placeOf(snap);
  const role = p.kind === 'select' ? undefined : s.roles.find((r) => r.id === p.role);
  let all: EngineEvent[];
  if (p.kind === 'select')
    all = startsOf(s).map((st) => ({
      type: 'START',
      at: 0,
      ...('campaign' in st ? { campaign: true } : { role: st.role }),
    }));
  else if (p.kind === 'rejoin') all = [{ type: 'REJOIN', at: 0 }];
  else if (p.kind === 'ending') all = [{ type: 'NEXT_ROLE', at: 0 }];
  else {
    const beat = role?.beats.find((b) => b.id === p.id);
    all = beat?.decision
      ? beat.decision.choices.map((c) => ({ type: 'CHOOSE', choice: c.id, at: 0 }))
      : [{ type: 'CONTINUE', at: 0 }];
  }
  return all.filter((e) => snap.can(e));
}

/**
 * Snapshots are the same graph node when they are at the same place, in the same mode, with the
 * same values of the world variables and earlier choices that some condition reads (the
 * checker's projection): from such snapshots the same futures are possible.
 */
function keyOf(s: Scenario, snap: EngineSnapshot): string {
  const read = readSets.get(s) ?? readSet(s);
  readSets.set(s, read);
  const { world, chosen, mode } = snap.context;
  return JSON.stringify([
    snap.value,
    mode,
    [...read.facts].map((f) => world.facts[f] ?? false),
    [...read.meters].map((m) => world.meters[m]),
    chosen.filter((c) => read.chose.has(c)).sort(),
  ]);
}
const readSets = new Map<Scenario, ReturnType<typeof readSet>>();

const machines = new Map<Scenario, ScenarioMachine>();
function machineOf(s: Scenario): ScenarioMachine {
  const m = machines.get(s) ?? buildMachine(s);
  machines.set(s, m);
  return m;
}

/** A label for each transition of the machine config. */
function label(snap: EngineSnapshot, e: EngineEvent): string {
  const p = placeOf(snap);
  if (e.type === 'START') return e.campaign ? 'START:campaign' : `START:${e.role ?? ''}`;
  if (p.kind === 'select') return 'none';
  if (e.type === 'CHOOSE') return `CHOOSE:${p.role}.${p.kind === 'beat' ? p.id : ''}.${e.choice}`;
  if (e.type === 'CONTINUE') return `CONTINUE:${p.role}.${p.kind === 'beat' ? p.id : ''}`;
  if (e.type === 'REJOIN') return `REJOIN:${p.role}`;
  return `NEXT_ROLE:${p.role}.${p.kind === 'ending' ? p.id : ''}`;
}

/** Every transition the machine config defines that a player can reach. */
function expectedLabels(s: Scenario): Set<string> {
  const out = new Set(
    startsOf(s).map((st) => ('campaign' in st ? 'START:campaign' : `START:${st.role}`)),
  );
  const order = s.campaign?.order ?? [];
  for (const r of s.roles) {
    if (r.requires && !evaluateCondition(r.requires, { world: initialWorld(s), chosen: [] }))
      out.add(`REJOIN:${r.id}`);
    for (const b of r.beats) {
      if (b.next) out.add(`CONTINUE:${r.id}.${b.id}`);
      for (const c of b.decision?.choices ?? []) out.add(`CHOOSE:${r.id}.${b.id}.${c.id}`);
    }
    if (order.includes(r.id) && order.indexOf(r.id) < order.length - 1)
      for (const e of r.endings) out.add(`NEXT_ROLE:${r.id}.${e.id}`);
  }
  return out;
}

const targets = await Promise.all(
  playableTargets().map(async (t) => {
    const r = loadScenario(await readScenarioFolder(t.path));
    return { name: t.name, scenario: r.ok ? r.scenario : undefined, errors: r.ok ? [] : r.errors };
  }),
);

describe.each(targets)('$name', ({ scenario, errors }) => {
  it('loads', () => {
    expect(errors).toEqual([]);
  });
  if (!scenario) return;
  const s = scenario;

  it(
    'xstate/graph: a path takes every transition of the machine at least once',
    { timeout: 120_000 },
    () => {
      const machine = machineOf(s);
      // Shortest paths to every distinct reachable state; from each, every enabled event is a transition.
      const paths = getShortestPaths(machine, {
        events: (snap: EngineSnapshot) => eventsOf(s, snap),
        serializeState: (snap: EngineSnapshot) => keyOf(s, snap),
      });
      const witness = new Map<string, { steps: EngineEvent[]; event: EngineEvent }>();
      for (const p of paths) {
        for (const event of eventsOf(s, p.state)) {
          const l = label(p.state, event);
          if (!witness.has(l)) witness.set(l, { steps: p.steps.map((st) => st.event), event });
        }
      }
      const missing = [...expectedLabels(s)].filter((l) => !witness.has(l));
      expect(missing).toEqual([]);
      // Take each transition for real: walk its path, then the event, with the pure functions the UI uses.
      for (const [l, { steps, event }] of witness) {
        let snap = initialTransition(machine)[0];
        for (const e of steps) snap = transition(machine, snap, e)[0];
        expect(snap.can(event), l).toBe(true);
        const next = transition(machine, snap, event)[0];
        expect(next.context.log.length, l).toBe(snap.context.log.length + 1);
        expect(next.value, l).not.toEqual(snap.value);
        if (event.type === 'CHOOSE')
          expect(next.context.log.at(-1)).toMatchObject({ type: 'choose', choice: event.choice });
      }
    },
  );

  it('1,000 random choice sequences always reach an ending', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...startsOf(s)),
        fc.array(fc.nat(40), { maxLength: 40 }),
        (start, picks) => {
          const { finished, session } = randomPlay(s, start, picks);
          expect(finished, JSON.stringify(session.log())).toBe(true);
          expect(session.view().ending).toBeDefined();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
