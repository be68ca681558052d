import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine/historical-path';
import type { Scenario } from '../../src/engine/schema';
import { cutsFor, fitByNarrating, presetsFor } from '../../src/facilitation/plan-fit';
import { PART_MINUTES, planMinutes } from '../../src/facilitation/plan-minutes';
import {
  checkPlan,
  defaultPlan,
  withNarrationOfPlannedRoles,
  type SessionPlan,
} from '../../src/facilitation/session-plan';
import { equationGroup } from './sample-room-record';

const scenario = await equationGroup();
const campaign: SessionPlan = {
  scenarioId: 'equation-group',
  mode: 'campaign',
  teams: [
    { role: 'contractor', team: 'Team 1' },
    { role: 'analysts', team: 'Team 2' },
    { role: 'ceo', team: 'Team 3' },
    { role: 'investigator', team: 'Team 4' },
  ],
  budgetMinutes: 90,
};
const contractorOnly: SessionPlan = {
  ...campaign,
  mode: 'roles',
  teams: [{ role: 'contractor', team: 'Everyone' }],
  budgetMinutes: 60,
};

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

const withoutCampaign = (): Scenario => {
  const copy = { ...scenario };
  delete copy.campaign;
  return copy;
};

/** The scenario's own minutes for the decisions on a role's main line. */
function ownMinutes(roleId: string): number[] {
  const role = scenario.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(roleId);
  return historicalPath(role).steps.flatMap((step) => {
    const beat = role.beats.find((b) => b.id === step.beat);
    return beat?.decision ? [beat.facilitator?.minutes ?? PART_MINUTES.discussion] : [];
  });
}

describe('defaultPlan', () => {
  it('starts from the hour-long awareness preset: every team decides the first role', () => {
    const plan = defaultPlan(scenario);
    expect(plan).toMatchObject({
      mode: 'roles',
      teams: [{ role: 'contractor', team: 'Every team' }],
      budgetMinutes: 60,
      everyTeam: ['Team 1', 'Team 2', 'Team 3', 'Team 4'],
    });
    expect(checkPlan(scenario, plan)).toEqual([]);
    expect(planMinutes(scenario, plan).over).toBe(0);
  });

  it('plays roles one by one without a campaign', () => {
    const plan = defaultPlan(withoutCampaign());
    expect(plan.mode).toBe('roles');
    expect(checkPlan(withoutCampaign(), plan)).toEqual([]);
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

  it('checks the teams that all decide and the decisions to narrate', () => {
    expect(problems({ everyTeam: ['Solo'] })).toEqual([
      'With every team deciding, name at least two teams.',
    ]);
    expect(problems({ everyTeam: ['Red', ' red ', ''] })).toEqual([
      'Team 3 has no name: give it one.',
      'Two teams are called “red”: tell them apart.',
    ]);
    expect(problems({ narrate: ['contractor/no-such-beat'] })).toEqual([
      "'contractor/no-such-beat' is not a decision of the planned roles to narrate.",
    ]);
  });
});

describe('planMinutes', () => {
  it('adds up the scenario’s own minutes for each discussion, and every part around them', () => {
    const m = planMinutes(scenario, contractorOnly);
    const [role] = m.perRole;
    expect(role?.decisions.map((d) => d.discussion)).toEqual(ownMinutes('contractor'));
    for (const d of role?.decisions ?? [])
      expect(d.minutes).toBe(d.discussion + PART_MINUTES.vote + d.news);
    const parts = [
      m.overview,
      ...m.perRole.flatMap((r) => [
        r.briefing,
        r.scenes,
        ...r.decisions.map((d) => d.minutes),
        r.debrief,
      ]),
      m.offPath,
      m.wrapUp,
    ];
    expect(sum(parts)).toBe(m.total);
    // The contractor alone needs more than an hour: the plan says so instead of squeezing.
    expect(m.total).toBeGreaterThan(60);
    expect(m.over).toBe(m.total - 60);
  });

  it('budgets the news read aloud, off-path branches and the wrap-up', () => {
    const m = planMinutes(scenario, {
      ...contractorOnly,
      teams: [{ role: 'investigator', team: 'A' }],
    });
    expect(m.perRole[0]?.decisions.some((d) => d.news === PART_MINUTES.news)).toBe(true);
    const deciding = sum(m.perRole.flatMap((r) => r.decisions.map((d) => d.minutes)));
    expect(m.offPath).toBe(Math.ceil(deciding * PART_MINUTES.offPathShare));
    expect(m.wrapUp).toBe(PART_MINUTES.wrapUp);
  });

  it('gives a narrated decision a minute, and every team’s reasons their time', () => {
    const narrated = planMinutes(scenario, {
      ...contractorOnly,
      narrate: ['contractor/the-deadline'],
    });
    expect(narrated.perRole[0]?.decisions[0]).toMatchObject({
      narrated: true,
      minutes: PART_MINUTES.narrated,
    });
    const four = planMinutes(scenario, { ...contractorOnly, everyTeam: ['A', 'B', 'C', 'D'] });
    expect(four.perRole[0]?.decisions[0]?.minutes).toBe(
      ownMinutes('contractor')[0]! + PART_MINUTES.vote + 3 * PART_MINUTES.perExtraTeam,
    );
  });
});

describe('when a plan does not fit', () => {
  it('names what to cut: the roles to drop, the decisions to narrate, or the time to book', () => {
    const cuts = cutsFor(scenario, { ...campaign, mode: 'roles' });
    expect(cuts[0]).toMatch(
      /^Drop The vendor's analysts, The vendor's CEO and The government investigator: the plan then takes [\d.]+ minutes\.$/,
    );
    expect(cuts.some((cut) => /^Narrate \d+ decisions instead of voting \(“/.test(cut))).toBe(true);
    expect(cuts.at(-1)).toBe(
      `Or book ${Math.ceil(planMinutes(scenario, campaign).total)} minutes for the session.`,
    );
    expect(cutsFor(scenario, { ...contractorOnly, budgetMinutes: 120 })).toEqual([]);
  });

  it('narrates the shortest discussions until it fits, keeping a vote in every role', () => {
    const fitted = fitByNarrating(scenario, contractorOnly);
    const m = planMinutes(scenario, fitted);
    expect(m.over).toBe(0);
    expect(m.perRole[0]?.decisions.filter((d) => !d.narrated).length).toBeGreaterThan(0);
    const narrated =
      m.perRole[0]?.decisions.filter((d) => d.narrated).map((d) => d.discussion) ?? [];
    const voted = m.perRole[0]?.decisions.filter((d) => !d.narrated).map((d) => d.discussion) ?? [];
    expect(Math.max(...narrated)).toBeLessThanOrEqual(Math.min(...voted));
    const tight = planMinutes(
      scenario,
      fitByNarrating(scenario, { ...campaign, budgetMinutes: 60 }),
    );
    for (const role of tight.perRole) expect(role.decisions.some((d) => !d.narrated)).toBe(true);
  });

  it('offers only presets that fit their time, each a plan that checks', () => {
    const presets = presetsFor(scenario);
    expect(presets.map((p) => p.label)).toEqual([
      '45 minutes: awareness (the contractor), every team decides',
      '60 minutes: awareness (the contractor), every team decides',
      "90 minutes: the contractor, then the vendor's analysts, one team each",
      '120 minutes: the whole incident, one team per role',
      '150 minutes: the whole incident, one team per role',
    ]);
    for (const preset of presets) {
      expect(checkPlan(scenario, preset.plan)).toEqual([]);
      expect(planMinutes(scenario, preset.plan).total).toBeLessThanOrEqual(
        preset.plan.budgetMinutes,
      );
    }
  });
});

describe('a change at set-up', () => {
  it('lets go of narrated decisions of a role no longer planned, and keeps the rest', () => {
    const plan: SessionPlan = {
      scenarioId: 'equation-group',
      mode: 'roles',
      teams: [{ role: 'ceo', team: 'Team 1' }],
      budgetMinutes: 60,
      narrate: ['contractor/the-flag', 'ceo/your-office'],
    };
    const changed = withNarrationOfPlannedRoles(plan);
    expect(changed.narrate).toEqual(['ceo/your-office']);
    expect(checkPlan(scenario, plan).join(' ')).toContain('contractor/the-flag');
    expect(checkPlan(scenario, changed).join(' ')).not.toContain('contractor/the-flag');
  });
});
