import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine/historical-path';
import type { Scenario } from '../../src/engine/schema';
import {
  checkPlan,
  defaultPlan,
  suggestMinutes,
  type MinutesPlan,
  type SessionPlan,
} from '../../src/facilitation/session-plan';
import { equationGroup } from './sample-room-record';

const scenario = await equationGroup();
const campaign = defaultPlan(scenario);
const contractorOnly: SessionPlan = {
  ...campaign,
  mode: 'roles',
  teams: [{ role: 'contractor', team: 'Everyone' }],
};

/** Every part's minutes, in session order. */
function parts(m: MinutesPlan): number[] {
  return [
    m.overview,
    ...m.perRole.flatMap((r) => [r.briefing, ...r.decisions.map((d) => d.minutes), r.debrief]),
    m.wrapUp,
  ];
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

const withoutCampaign = (): Scenario => {
  const copy = { ...scenario };
  delete copy.campaign;
  return copy;
};

describe('defaultPlan', () => {
  it('plays the campaign with every role in its order, one team each, for an hour', () => {
    expect(campaign).toEqual({
      scenarioId: 'equation-group',
      mode: 'campaign',
      teams: [
        { role: 'contractor', team: 'Team 1' },
        { role: 'analysts', team: 'Team 2' },
        { role: 'ceo', team: 'Team 3' },
        { role: 'investigator', team: 'Team 4' },
      ],
      budgetMinutes: 60,
    });
    expect(checkPlan(scenario, campaign)).toEqual([]);
  });

  it('plays roles one by one without a campaign, and takes 90 minutes for a long scenario', () => {
    const plan = defaultPlan({ ...withoutCampaign(), estimatedMinutes: 75 });
    expect(plan.mode).toBe('roles');
    expect(plan.teams.map((t) => t.role)).toEqual(scenario.roles.map((r) => r.id));
    expect(plan.budgetMinutes).toBe(90);
  });
});

describe('checkPlan', () => {
  const problems = (change: Partial<SessionPlan>): string[] =>
    checkPlan(scenario, { ...campaign, mode: 'roles', ...change });

  it('names each problem in plain words', () => {
    expect(problems({ teams: [] })).toEqual(['Choose at least one role to play.']);
    expect(problems({ teams: [{ role: 'janitor', team: 'A' }] })).toEqual([
      "There is no role 'janitor' in this scenario.",
    ]);
    expect(
      problems({
        teams: [
          { role: 'ceo', team: 'A' },
          { role: 'ceo', team: 'B' },
        ],
      }),
    ).toEqual(["The vendor's CEO is in the plan twice; play each role once."]);
    expect(problems({ teams: [{ role: 'ceo', team: '  ' }] })).toEqual([
      "The vendor's CEO has no team: give the team a name.",
    ]);
    for (const budgetMinutes of [19, 241, Number.NaN])
      expect(problems({ budgetMinutes })).toEqual([
        `The session must last between 20 and 240 minutes (it is set to ${budgetMinutes}).`,
      ]);
    expect(checkPlan(scenario, { ...campaign, scenarioId: 'usb-stick' })).toEqual([
      "This plan is for scenario 'usb-stick', not 'equation-group'.",
    ]);
  });

  it('holds a campaign to the campaign order, and refuses one where there is none', () => {
    const swapped = [campaign.teams[1], campaign.teams[0], ...campaign.teams.slice(2)].flatMap(
      (t) => t ?? [],
    );
    expect(checkPlan(scenario, { ...campaign, teams: swapped })).toEqual([
      "A campaign plays every role in the campaign's order: The contractor, The vendor's analysts, The vendor's CEO, The government investigator.",
    ]);
    expect(checkPlan(withoutCampaign(), campaign)).toEqual([
      'This scenario has no campaign: play the roles one by one.',
    ]);
  });

  it('says when the budget cannot give every part a minute', () => {
    const [problem] = checkPlan(scenario, { ...campaign, budgetMinutes: 20 });
    expect(problem).toMatch(
      /^20 minutes cannot give every part of these roles a minute: allow at least \d+\.$/,
    );
  });
});

describe('suggestMinutes', () => {
  for (const budgetMinutes of [45, 60, 90])
    for (const [name, plan] of [
      ['the campaign', campaign],
      ['the contractor alone', contractorOnly],
    ] as const)
      it(`fits ${name} into ${budgetMinutes} minutes, a whole minute or more for each part`, () => {
        const m = suggestMinutes(scenario, { ...plan, budgetMinutes });
        expect(m.total).toBe(sum(parts(m)));
        expect(m.total).toBeLessThanOrEqual(budgetMinutes);
        expect(m.total).toBeGreaterThan(budgetMinutes - 2);
        for (const p of parts(m)) expect(Number.isInteger(p) && p >= 1).toBe(true);
        expect(m.perRole.map((r) => r.role)).toEqual(plan.teams.map((t) => t.role));
      });

  it("times each decision beat on the role's historical path, in order", () => {
    const m = suggestMinutes(scenario, campaign);
    for (const r of m.perRole) {
      const role = scenario.roles.find((x) => x.id === r.role);
      const decisions = historicalPath(role ?? scenario.roles[0]!).steps.filter(
        (s) => role?.beats.find((b) => b.id === s.beat)?.decision,
      );
      expect(r.decisions.map((d) => d.beat)).toEqual(decisions.map((s) => s.beat));
    }
  });

  it('keeps the opening as planned when there is time, and gives the rest to the discussions', () => {
    const m = suggestMinutes(scenario, { ...contractorOnly, budgetMinutes: 90 });
    expect(m.overview).toBe(5);
    expect(m.perRole[0]?.briefing).toBe(3);
    expect(m.total).toBe(90);
    // Weighted by facilitator.minutes (5, 5, 4, 5, 4 on the contractor's path).
    const minutes = m.perRole[0]?.decisions.map((d) => d.minutes) ?? [];
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(5);
  });

  it('shrinks every part in proportion when the time is short', () => {
    const roomy = suggestMinutes(scenario, { ...campaign, budgetMinutes: 240 });
    const tight = suggestMinutes(scenario, { ...campaign, budgetMinutes: 45 });
    expect(tight.overview).toBeLessThan(5);
    expect(tight.wrapUp).toBeLessThan(roomy.wrapUp);
    expect(tight.total).toBe(45);
  });

  it('never exceeds the budget, whatever the roles and the length', () => {
    const roles = scenario.roles.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.subarray(roles, { minLength: 1 }),
        fc.integer({ min: 0, max: 300 }),
        (chosen, budgetMinutes) => {
          const plan: SessionPlan = {
            ...campaign,
            mode: 'roles',
            teams: chosen.map((role) => ({ role, team: role })),
            budgetMinutes,
          };
          const m = suggestMinutes(scenario, plan);
          expect(m.total).toBeLessThanOrEqual(budgetMinutes);
          expect(m.total).toBe(sum(parts(m)));
          if (checkPlan(scenario, plan).length === 0)
            expect(Math.min(...parts(m))).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
