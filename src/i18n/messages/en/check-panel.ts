/**
 * The room's before-and-after check: the presenter's panel (check-panel.ts), the projector's
 * questions (projector-check.ts) and the report's counts (room-check-view.ts).
 */
export const checkPanel = {
  recordAgain: 'Record the show of hands again',
  record: 'Record the show of hands',
  hideOnProjector: 'Hide the questions on the projector',
  showOnProjector: 'Show the questions on the projector',
  heading:
    '{phase, select, before {The check, before this role} other {The check, after this role}}',
  howBefore:
    'Before the role: show the questions on the projector, read each answer aloud, ask for a show of hands on each, and type the counts. Ask the same after the debrief. Counts only: nobody is named.',
  howAfter:
    'After the debrief: the same questions as before the role, a show of hands on each answer. The projector shows the right answers only once these counts are recorded; the report sets the two side by side. Counts only: nobody is named.',
  recorded: 'Recorded. Change a count and record again to correct it.',
  // On the projector.
  projectorBefore: '{role}: before the role, what do you think?',
  projectorAfter: '{role}: the same questions, after the role',
  rightAnswerMark: '✓ right answer',
  countWithBefore: '{count} (before: {before})',
  counted: 'The room’s answers, counted. Nobody is named.',
  handsUp:
    'Hands up for each answer as the facilitator reads it out. Nobody is named: only the counts are kept.',
  questions: 'The check’s questions',
  // In the report.
  downloadCsv: 'Download the check counts (CSV)',
  answer: 'Answer',
  before: 'Before',
  after: 'After',
  rightAnswer: '{answer} (right answer)',
} as const;
