/** The learner's own check before a role and after its debrief (src/ui/screens/check-screen.ts, src/ui/check). */
export const selfCheck = {
  beforeHeading: 'Before you start: a quick check',
  beforeIntro:
    'A few questions on what this role is about, asked again after the debrief so you can see what changed. Answer what you like, or skip it. Your answers stay on this device.',
  beforeDone: 'Done: on to the briefing',
  beforeSkip: 'Skip the check',
  afterHeading: 'The same check again',
  afterIntro:
    'The questions you saw before the briefing. Answer them as you see things now; the debrief then shows what changed and explains each answer with its source.',
  afterDone: 'Done: see what changed',
  afterSkip: 'Back to the debrief',
  right: 'Right',
  wrong: 'Not right',
  noAnswer: 'No answer',
  score: 'Questions right: {before} of {total} before, {after} after.',
  /** `before` and `after` are the confidence scale's words, or noAnswer. */
  confidence: 'Confidence: {before} before, {after} after.',
  tableCaption: 'Your answers before and after',
  item: 'Question or statement',
  before: 'Before',
  after: 'After',
  answer: 'Answer',
  settledByExercise: 'Settled by this made-up exercise, not by a source.',
  judgementNote: 'A judgement: there is no right answer. Talk it over.',
} as const;
