import { describe, expect, it } from 'vitest';
import { choiceLines, conditionWords, exclusive } from '../../src/facilitation/choice-lines';
import { evaluateCondition } from '../../src/engine/evaluate-condition';
import { exploreWorlds } from '../../src/engine/explore-worlds';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { mustLoad, playableTargets } from '../engine/fixtures';

const targets = await Promise.all(
  playableTargets().map(async (t) => ({
    name: t.name,
    scenario: mustLoad(await readScenarioFolder(t.path)),
  })),
);

// The pack prints choiceLines for every decision of every role it prints (pack-beat-parts.ts).
describe.each(targets)('the pack’s choices in $name', ({ scenario }) => {
  const visits = exploreWorlds(scenario).campaignVisits();
  for (const role of scenario.roles)
    for (const beat of role.beats) {
      const decision = beat.decision;
      if (!decision) continue;
      const lines = choiceLines(scenario, decision);
      // The sets of choices offered together, each once (many worlds offer the same set).
      const offered = [
        ...new Set(
          visits
            .filter((v) => v.role === role.id && v.node === beat.id && v.kind === 'beat')
            .map((v) =>
              decision.choices
                .filter((c) => evaluateCondition(c.when, v))
                .map((c) => c.id)
                .join(' '),
            ),
        ),
      ].map((set) => set.split(' '));

      it(`${role.id}/${beat.id}: every choice once, no label twice`, () => {
        const ids = lines.flatMap((l) => l.variants.map((v) => v.choice.id));
        expect([...ids].sort()).toEqual(decision.choices.map((c) => c.id).sort());
        const labels = lines.flatMap((l) => l.variants.map((v) => v.choice.label));
        expect(new Set(labels).size).toBe(labels.length);
      });

      it(`${role.id}/${beat.id}: the wordings of one line are never offered together`, () => {
        for (const line of lines)
          for (const set of offered)
            expect(line.variants.filter((v) => set.includes(v.choice.id)).length).toBeLessThan(2);
      });

      it(`${role.id}/${beat.id}: a conditional wording says when it is offered`, () => {
        for (const line of lines)
          for (const v of line.variants)
            expect(v.condition === null).toBe(v.choice.when === undefined);
      });
    }
});

describe('choiceLines on the CEO’s decisions', () => {
  const scenario = targets.find((t) => t.name === 'scenarios/equation-group')!.scenario;
  const ceo = scenario.roles.find((r) => r.id === 'ceo')!;
  const linesOf = (beat: string) =>
    choiceLines(scenario, ceo.beats.find((b) => b.id === beat)!.decision!).map((l) =>
      l.variants.map((v) => v.choice.id),
    );

  it('prints the walk-in as three choices, each worded for where the archive is', () => {
    expect(linesOf('the-walk-in')).toEqual([
      ['delete', 'endorse'],
      ['report', 'back-the-analysts', 'report-after'],
      ['analyze', 'recover'],
    ]);
  });

  it('prints the reporter’s question with the real answer once', () => {
    expect(linesOf('the-question')[0]).toEqual([
      'cant-answer',
      'cant-answer-told',
      'cant-answer-kept',
    ]);
  });

  it('words a condition with the scenario’s fact labels', () => {
    const report = ceo.beats
      .find((b) => b.id === 'the-walk-in')!
      .decision!.choices.find((c) => c.id === 'report')!;
    expect(conditionWords(scenario, report.when)).toBe(
      "A copy of the archive is on the vendor's servers in Moscow; and not so: The analysts alerted US authorities without the CEO",
    );
  });
});

describe('exclusive', () => {
  it('holds only for opposite values of one fact', () => {
    expect(exclusive({ fact: 'a', is: true }, { fact: 'a', is: false })).toBe(true);
    expect(
      exclusive(
        {
          all: [
            { fact: 'a', is: true },
            { fact: 'b', is: true },
          ],
        },
        { fact: 'b', is: false },
      ),
    ).toBe(true);
    expect(exclusive({ fact: 'a', is: true }, { fact: 'b', is: false })).toBe(false);
    expect(exclusive(undefined, { fact: 'a', is: true })).toBe(false);
    expect(exclusive({ any: [{ fact: 'a', is: true }] }, { fact: 'a', is: false })).toBe(false);
  });
});
