// The checker explores worlds as compact number vectors (compile-world.ts) while play keeps them
// as records (world.ts, evaluate-condition.ts). These properties hold the two interpreters of
// conditions and effects together: from any start, after any effects, they agree on every condition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCompiled, compileWorld, holds } from '../../src/engine/compile-world';
import { evaluateCondition } from '../../src/engine/evaluate-condition';
import type { Condition, Effects, Scenario } from '../../src/engine/schema';
import { applyEffectsToWorld, initialWorld } from '../../src/engine/world';

const FACTS = ['f-a', 'f-b', 'f-c'];
const METERS = [
  { id: 'm-a', label: 'A', min: 0, max: 10, initial: 5 },
  { id: 'm-b', label: 'B', min: -3, max: 3, initial: 0 },
];
const CHOICES = ['r.b.x', 'r.b.y'];

/** A scenario whose world has a few facts and meters; only its world matters here. */
function scenarioWith(initialFacts: boolean[]): Scenario {
  return {
    id: 'agree',
    title: 'Agree',
    summary: 'Two interpreters of one world.',
    version: '1.0.0',
    language: 'en',
    estimatedMinutes: 1,
    world: {
      facts: FACTS.map((id, i) => ({ id, label: id, initial: initialFacts[i] ?? false })),
      meters: METERS,
    },
    roles: [
      {
        id: 'r',
        name: 'R',
        summary: 'R',
        briefing: 'R',
        start: 'b',
        beats: [{ id: 'b', title: 'B', setting: 'lab', text: 'B', next: 'e' }],
        endings: [
          { id: 'e', title: 'E', debrief: 'E', reality: { text: 'E' }, questions: ['Why?'] },
        ],
      },
    ],
  };
}

const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ fact: fc.constantFrom(...FACTS), is: fc.boolean() }),
    fc.record(
      {
        meter: fc.constantFrom('m-a', 'm-b'),
        min: fc.integer({ min: -5, max: 12 }),
        max: fc.integer({ min: -5, max: 12 }),
      },
      { requiredKeys: ['meter'] },
    ),
    fc.record({ chose: fc.constantFrom(...CHOICES) }),
    fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;

const effects: fc.Arbitrary<Effects> = fc.record(
  {
    set: fc.dictionary(fc.constantFrom(...FACTS), fc.boolean()),
    add: fc.dictionary(fc.constantFrom('m-a', 'm-b'), fc.integer({ min: -8, max: 8 })),
  },
  { requiredKeys: [] },
);

/** One step of play: effects, and perhaps a choice made (which `chose` conditions read). */
const step = fc.record({ effects, chose: fc.option(fc.constantFrom(...CHOICES)) });

describe('the checker and the running game interpret conditions and effects alike', () => {
  it('agree on every condition after any sequence of effects and choices', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.array(step, { maxLength: 8 }),
        fc.array(condition, { minLength: 1, maxLength: 6 }),
        (initialFacts, steps, conditions) => {
          const s = scenarioWith(initialFacts);
          // Lay out every variable, as the checker does for the ones some condition reads.
          const layout = compileWorld(s, {
            facts: new Set(FACTS),
            meters: new Set(METERS.map((m) => m.id)),
            chose: new Set(CHOICES),
          });
          let world = initialWorld(s);
          let vector: readonly number[] = layout.initial;
          const chosen: string[] = [];
          for (const st of steps) {
            world = applyEffectsToWorld(s, world, st.effects);
            vector = applyCompiled(vector, layout.effects(st.effects));
            if (st.chose !== null) {
              chosen.push(st.chose);
              vector = applyCompiled(vector, [
                { i: layout.choiceSlot.get(st.chose) ?? -1, value: 1 },
              ]);
            }
          }
          for (const c of conditions)
            expect(holds(layout.condition(c), vector)).toBe(
              evaluateCondition(c, { world, chosen }),
            );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agree when the checker lays out only the variables conditions read', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), condition, (steps, c) => {
        const s = scenarioWith([false, true, false]);
        const read = {
          facts: new Set<string>(),
          meters: new Set<string>(),
          chose: new Set<string>(),
        };
        const collect = (x: Condition): void => {
          if ('fact' in x) read.facts.add(x.fact);
          else if ('meter' in x) read.meters.add(x.meter);
          else if ('chose' in x) read.chose.add(x.chose);
          else if ('all' in x) x.all.forEach(collect);
          else if ('any' in x) x.any.forEach(collect);
          else collect(x.not);
        };
        collect(c);
        const layout = compileWorld(s, read);
        let world = initialWorld(s);
        let vector: readonly number[] = layout.initial;
        const chosen: string[] = [];
        for (const st of steps) {
          world = applyEffectsToWorld(s, world, st.effects);
          vector = applyCompiled(vector, layout.effects(st.effects));
          const slot = st.chose === null ? undefined : layout.choiceSlot.get(st.chose);
          if (st.chose !== null) chosen.push(st.chose);
          if (slot !== undefined) vector = applyCompiled(vector, [{ i: slot, value: 1 }]);
        }
        expect(holds(layout.condition(c), vector)).toBe(evaluateCondition(c, { world, chosen }));
      }),
      { numRuns: 500 },
    );
  });
});
