/**
 * Why a session log, a kept room state or a notes file is refused (src/facilitation/room-record*.ts,
 * room-state-schema.ts, org-notes.ts, wrap-up.ts, live-vote.ts): read by a facilitator loading a
 * damaged file. A `must …` message follows the name of the field at fault.
 */
export const sessionLog = {
  cannotLoad: 'This session log cannot be loaded: {why}.',
  notText: 'it is not text',
  tooLarge: 'the file is larger than 2 MB, far more than any session log',
  notJson: 'it is not JSON (perhaps not a Spillage session log, or cut short)',
  otherScenario:
    "this log is for scenario ''{id}'' version {version}; the loaded scenario is ''{scenario}'' version {scenarioVersion}",
  unreadable: 'it could not be read',
  notALog: 'it is not a Spillage session log',
  aSave: 'this is a saved single-player game, not a facilitated session log',
  otherFormat: "it is not a Spillage session log (its format is ''{format}'')",
  noFormat: 'it is not a Spillage session log (it names no format)',
  otherVersion:
    'it was written in session log format {version}, and this version of Spillage reads format {supported}',
  noVersion: 'it names no format version',
  planMisfit: 'its plan does not fit the scenario: {problem}',
  campaignRuns: 'a campaign is one run, and this log has {count}',
  startMissing: "{place}.log[0] must be the run''s ''start''",
  singleRole: '{place} plays a single role, but the plan is a campaign',
  campaignRun: '{place} plays the campaign, but the plan plays roles one by one',
  roleNotPlanned: "{place} plays role ''{role}'', which is not in the plan",
  tallyStray:
    "{place}[{index}].tally counts ''{choice}'', which is not a choice of beat ''{beat}''",
  stateOtherScenario:
    "it is a session of scenario ''{id}'', not of ''{scenario}'' version {version}",
  stateNoRun: 'it has no run under way',
  stateTieStray: "its tie names ''{choice}'', which is not a choice here",
  timerSpan: 'must be a span of time from 0 to {hours} hours, in milliseconds',
  sessionDate: 'must be a date between the years 2000 and 2200, in whole milliseconds since 1970',
  endedAt: 'must be after startedAt, and at most {days} days later',
  dueDay: 'must be a day written yyyy-mm-dd, or empty',
  orgNoteAt: 'must name a decision as role/beat, e.g. ceo/the-ask',
  plainText: 'must be plain text (no control characters)',
  oneNotePerDecision: 'must hold at most one note per decision',
  notesNotJson: 'it is not JSON',
  notesOtherScenario: "its notes are for scenario ''{scenario}'', not ''{loaded}''",
  oneLine: 'must be one line of plain text',
  roomCode: 'must be a {length}-character room code',
  token: 'must be a random token of 22 to 128 characters',
} as const;
