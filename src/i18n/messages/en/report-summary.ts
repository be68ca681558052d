/** The after-action report's first page (src/facilitation/summary-words.ts): page, Markdown, print. */
export const reportSummary = {
  heading: 'Summary',
  takeaways: 'The room’s takeaways',
  strengths: 'Strengths',
  improvements: 'To improve',
  actions: 'Action items',
  actionColumn: 'Action',
  ownerColumn: 'Owner',
  dueColumn: 'Due',
  noneEntered: 'None entered.',
  notWrappedUp:
    'The facilitator entered no wrap-up for this session: the summary holds only what the session log records.',
  appendix: 'Appendix: the decision log',
  appendixNote:
    'Every decision as the room took it: the votes, the reason, the outcome with its status and sources, and what the source says was done.',
  date: 'Date',
  facilitator: 'Facilitator',
  location: 'Location',
  participants: 'Participants',
  scenario: 'Scenario',
  mode: 'Mode',
  teams: 'Teams',
  time: 'Time',
  decisions: 'Decisions',
  questionsDiscussed: 'Questions discussed',
  notEntered: 'not entered',
  none: 'none',
  people: '{people, plural, one {# person} other {# people}}',
  peopleAndNames:
    '{people, plural, one {# person} other {# people}} ({names, plural, one {# name} other {# names}} on the attendance list)',
  names: '{names, plural, one {# name} other {# names}} on the attendance list',
  scenarioVersion: '{title}, version {version}',
  minutesPlanned: '{planned, plural, one {{planned} minute} other {{planned} minutes}} planned',
  minutesPlannedTaken:
    '{planned, plural, one {{planned} minute} other {{planned} minutes}} planned, {taken} taken',
  decisionsRecorded:
    '{decisions, plural, one {# decision} other {# decisions}} recorded, in {played} of {planned, plural, one {# role} other {# roles}} planned',
} as const;
