/**
 * The one wording of history (src/facilitation/history-words.ts): what the source says was done,
 * what the scenario assumes, where the source is silent. Every screen, the pack, the presenter and
 * the report take these words, so a translation keeps them exactly as strong in one place.
 */
export const history = {
  quoted: '“{text}”',
  mainLineExplained:
    'The main line takes, at each decision, the choice the source says was done; where the source is silent, the one the scenario assumes.',
  modeCampaign: 'Campaign: every role in order, each shaped by the room’s earlier choices',
  modeRoles: 'Chosen roles, one after another, each starting from the scenario’s main line',
  leftHeading: 'Where the room chose otherwise than the source',
  leftNone: 'At every decision where the source says what was done, the room chose the same.',
  leftLine: 'at {beat} the room chose {choice}; the source says {historical} was done.',
  rejoinHeading: 'Began from the scenario’s main line',
  rejoinNote:
    'The room’s earlier choices made this role’s start impossible; it began from the scenario’s main line.',
  markHistorical: 'The source says this was done',
  markHistoricalStatus: 'The source says this was done ({status})',
  markAssumed: 'Assumed by the scenario; the source does not say',
  markSilent: 'The source does not say',
  laneUnplayed: 'not played: the scenario’s main line',
  laneCaption: 'roles nobody played follow the scenario’s main line',
  laneDone: 'Done, the source says',
  laneDoneInSentence: 'done, the source says',
  laneAssumedInSentence: 'assumed by the scenario; the source does not say',
  laneSilentInSentence: 'the source does not say',
  accountHistorical: 'The source says this was done: “{label}”.',
  accountHistoricalStatus: 'The source says this was done: “{label}” ({status}).',
  accountAssumed:
    'The source does not say what was done here. The scenario assumes “{label}” so the story can go on.',
  accountSilent: 'The source does not say what was done here.',
  cellSameDone: 'The same was done',
  cellSameDoneStatus: 'The same was done ({status})',
  cellOtherDone: '“{label}” was done',
  cellOtherDoneStatus: '“{label}” was done ({status})',
  cellAssumedSame: 'Does not say; the scenario assumes the same',
  cellAssumedOther: 'Does not say; the scenario assumes “{label}”',
  cellSilent: 'Does not say',
  verdictNothingKnown:
    '{who, select, you {The source does not say what was done at any decision on this path, so there is nothing to compare your choices with.} other {The source does not say what was done at any decision on this path, so there is nothing to compare the room’s choices with.}}',
  verdictOneSame:
    '{who, select, you {At the one decision where the source says what was done, you chose the same.} other {At the one decision where the source says what was done, the room chose the same.}}',
  verdictOneOtherwise:
    '{who, select, you {At the one decision where the source says what was done, you chose otherwise.} other {At the one decision where the source says what was done, the room chose otherwise.}}',
  verdictAllSame:
    '{who, select, you {At all {count} decisions where the source says what was done, you chose the same.} other {At all {count} decisions where the source says what was done, the room chose the same.}}',
  verdictSomeSame:
    '{who, select, you {Of the {count} decisions where the source says what was done, you chose the same at {matched, plural, =0 {none} other {{matched}}}.} other {Of the {count} decisions where the source says what was done, the room chose the same at {matched, plural, =0 {none} other {{matched}}}.}}',
  verdictSilentRest:
    '{count, plural, one {At the other decision ({titles}) the source does not say what was done.} other {At the other {count} ({titles}) the source does not say what was done.}}',
  decisionSame: 'The room chose what the source says was done.',
  decisionSameStatus: 'The room chose what the source says was done ({status}).',
  decisionOther: 'The source says “{label}” was done; the room chose otherwise.',
  decisionOtherStatus: 'The source says “{label}” was done ({status}); the room chose otherwise.',
  decisionAssumed: 'The source does not say what was done here; the scenario assumes “{label}”.',
  leadHistorical: 'The ending the source reports',
  leadAssumed: 'How the main line ends (assumed by the scenario; the source does not say)',
  leadSilent: 'How the main line ends',
  endingHistorical: 'This ending is the one the source reports.',
  endingAssumed: 'This ending is the scenario’s assumption: the source does not say how it ended.',
  endingDidNotHappen: 'The source reports a different ending: this one did not happen.',
  endingSilent: 'The source does not say how this ended.',
  sourceHeading: 'What the source says was done here',
  realityHeading: 'What the source says',
  fictionHeading: 'What it shows',
} as const;
