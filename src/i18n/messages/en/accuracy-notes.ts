/** A scenario's accuracy notes (src/facilitation/accuracy-notes.ts): the panel and docs/accuracy.md. */
export const accuracyNotes = {
  invented: 'Invented for play',
  open: 'What the source leaves open',
  claims: 'Whose claim is whose',
  documentTitle: 'Accuracy notes',
  documentWrittenBy:
    'Written by `npm run docs:accuracy` from each scenario’s `accuracy` block; edit the scenario, not this file.',
  documentIntro:
    'What each scenario is drawn from, what it invents so that it can be played, what its source leaves open, and whose claim each claim is. The game shows the same notes under "{about}" (on the scenario picker, in the menu and in the debrief).',
  documentNone: 'No scenario has accuracy notes yet.',
} as const;
