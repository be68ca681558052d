/**
 * A facilitated session's plan (src/facilitation/session-plan.ts, plan-fit.ts, session-clock.ts):
 * default team names, what is wrong with a plan, what to cut when it runs over, its presets.
 */
export const sessionPlan = {
  teamNumber: 'Team {number}',
  everyTeam: 'Every team',
  namesAnd: '{names} and {last}',
  otherScenario: "This plan is for scenario ''{plan}'', not ''{scenario}''.",
  noRole: 'Choose at least one role to play.',
  unknownRole: "There is no role ''{role}'' in this scenario.",
  roleTwice: '{role} is in the plan twice; play each role once.',
  noTeam: '{role} has no team: give the team a name.',
  teamNameTooLong: 'The team name for {role} is longer than {max} characters.',
  budget: 'The session must last between {min} and {max} minutes (it is set to {budget}).',
  noCampaign: 'This scenario has no campaign: play the roles one by one.',
  campaignOrder: "A campaign plays every role in the campaign''s order: {roles}.",
  everyTeamTwo: 'With every team deciding, name at least two teams.',
  everyTeamMax: 'Name at most {max} teams.',
  everyTeamNoName: 'Team {number} has no name: give it one.',
  everyTeamNameTooLong: 'The name of team {number} is longer than {max} characters.',
  everyTeamSameName: 'Two teams are called “{name}”: tell them apart.',
  narrateUnknown: "''{key}'' is not a decision of the planned roles to narrate.",
  cutDrop: 'Drop {roles}: the plan then takes {minutes} minutes.',
  cutNarrate:
    'Narrate {count, plural, one {# decision} other {# decisions}} instead of voting ({titles}): the plan then takes {minutes} minutes{over, select, yes {, still over} other {}}.',
  cutBook: 'Or book {minutes} minutes for the session.',
  overBudget: 'This plan takes {total} minutes, {over} more than the {budget} you have.',
  presetAwareness: '{minutes} minutes: awareness ({role}), every team decides',
  presetTwoRoles: '{minutes} minutes: {first}, then {second}, one team each',
  presetWhole: '{minutes} minutes: the whole incident, one team per role',
  onTime: 'on time',
  ahead: '{minutes} min ahead',
  behind: '{minutes} min behind',
} as const;
