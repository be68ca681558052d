/**
 * The end of a role: the debrief screen (src/ui/screens/debrief-screen.ts), the path beside the
 * source (decision graph, step table) and the learner's reflection.
 */
export const debrief = {
  heading: 'Debrief: {ending}',
  /** Above a shared path's debrief, after the role's name. */
  sharedKicker: '{role} · a shared path, read-only',
  howItEnded: 'How it ended',
  /** A made-up scenario's heading where a real one says what really happened. */
  yourPath: 'Your path',
  yourPathAndSource: 'Your path and the source',
  /** The graph's caption; `player` and `mainLine` are its coloured legends. */
  graph:
    '{player}: {scenes, plural, one {# scene} other {# scenes}} and {endings, plural, one {# ending} other {# endings}}; squares are endings.',
  graphBeside:
    '{player} beside {mainLine}: {scenes, plural, one {# scene} other {# scenes}} and {endings, plural, one {# ending} other {# endings}}; squares are endings.',
  /** The main line's legend, as it stands in graphBeside. */
  graphMainLine: 'the scenario’s main line',
  moreOnEnding: 'More on this ending',
  stepByStep: 'Your decisions, step by step',
  stepsCaption: 'Your decisions as {role} ({scenario})',
  stepsCaptionWithSource:
    'Your decisions as {role}, beside what the source says was done ({scenario})',
  moment: 'Moment',
  youChose: 'You chose',
  theSource: 'The source',
  outcomeWas: 'Outcome was',
  whatWasHidden: 'What was hidden',
  checkExplained: 'The check, explained',
  discuss: 'Discuss',
  nextRole: 'Next role: {role}',
  playYourself: 'Play {role} yourself',
  playAnotherRole: 'Play another role',
  whatChanged: 'What changed for you',
  checkAgainHint:
    'Take the same check again to see what changed since before the briefing; each answer is then explained with its source.',
  checkNowHint: 'Take the role’s short check now; each answer is then explained with its source.',
  checkAgain: 'Take the check again',
  reflectionQuestion: 'What would you do differently?',
  reflectionHintShareable:
    'Optional. Only for you: it is kept on this device, and goes with a shared link only if you tick the box below.',
  reflectionHint: 'Optional. Only for you: it is kept on this device.',
  reflectionCount: '{count} of {max} characters',
  reflectionKept: 'Your reflection is kept on this device.',
  reflectionShareBox: 'Include my reflection when I share my path',
  reflectionShared: 'Your reflection will go with the link when you share your path.',
  reflectionNotShared: 'Your reflection stays on this device; a shared link leaves it out.',
  /** A shared path's reflection, read by someone else. */
  reflectionOfPlayer: 'What the player would do differently',
} as const;
