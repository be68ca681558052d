/**
 * Setting up a room session (src/ui/facilitator/setup-*.ts): the scenario, how the room plays, the
 * teams, the time, the organisation's notes (org-notes-store.ts), and loading a saved session.
 */
export const setup = {
  heading: 'Set up a session',
  kicker: 'Facilitator mode',
  lede: 'Choose the scenario, who plays which role and how long you have. Print the pack for yourself and the teams, then start: the session opens in two windows, the projector for the room and the presenter for you.',
  scenarioInLanguage: '{title} (in {language}: no translation yet)',
  printPack: 'Print the pack',
  start: 'Start the session',
  back: 'Back',
  problems: 'Before the session can start',
  scenario: 'Scenario',
  scenarioFacts:
    '{roles, plural, one {# role} other {# roles}} · about {minutes} minutes for one player{fictional, select, yes { · fictional} other {}}',
  noCampaign: '{mode} (this scenario has no campaign)',
  howRoomPlays: 'How the room plays',
  budget: 'Time budget',
  runSheet: 'The run sheet',
  runSheetCaption:
    '{minutes} minutes, part by part, from the scenario’s own minutes for each discussion (the timer counts those down)',
  minutesLater: 'The minutes appear here once the problems below are fixed.',
  logHeading: 'Carry on or review a saved session',
  logHint:
    'The session log is the JSON file the report screen downloads. Loading it opens the session where it stopped, or its report if it had ended.',
  loadLog: 'Load a session log (JSON)',
  scenarioFile: 'Or load your own scenario file (YAML or JSON)',
  // setup-plan-fields.ts: presets, who decides, and whether the plan fits its time.
  ownPlan: 'Your own plan (edit below)',
  preset: 'Preset',
  presetHint:
    'Each preset fits its time with the scenario’s own minutes for every discussion; where it must, it narrates the shortest decisions instead of voting on them.',
  addTeam: 'Add a team',
  removeTeam: 'Remove the last team',
  whoDecides: 'Who decides',
  oneTeamPerRole: 'One team per role; the others watch and discuss',
  everyTeamDecides: 'Every team decides every decision; the projector compares them',
  narrated:
    '{count, plural, one {# decision is} other {# decisions are}} narrated: you read history’s choice and its outcome, and the room does not vote.',
  fits: 'This plan takes {total} of your {budget} minutes.',
  narrateToFit: 'Narrate decisions to fit',
  overTime: 'This plan does not fit the time',
  cut: 'Cut something:',
  // setup-org-fields.ts: the trainer's own organisation.
  forOrganisation: 'For your organisation',
  unnamed: 'Show the vendor unnamed (a corporate audience)',
  unnamedHint:
    'On the projector, the presenter, the pack and the report: {names}. Excerpts from the source show the words in [square brackets]; their citations and dates stay as they are.',
  unnamedExcerptHint: 'In the excerpts, which stay in {language}: {names}.',
  downloadNotes: 'Download the notes (JSON)',
  notesSummary:
    'In our organisation: your notes per decision ({written} written{full, select, yes {, the most a session keeps} other {}})',
  notesHint:
    'Beside a decision, write what your organisation does about it: its policy, its reporting channel, who to call. The pack prints each note beside its decision and the presenter shows it there, marked as your organisation’s, not as part of the story. Notes stay on this device for this scenario; download them to use on another computer.',
  loadNotes: 'Load notes (JSON)',
  // org-notes-store.ts: a notes file read back.
  notesTooLarge: '{file} is too large to be a notes file (at most 1 MB).',
  notesRefused: "{file} can't be loaded: {why}.",
  notesLoaded: '{count, plural, one {# note} other {# notes}} loaded from {file}.',
  notesLoadedDropped:
    '{count, plural, one {# note} other {# notes}} loaded from {file}. {dropped, plural, one {# was for decisions this scenario does not have ({decisions}) and was not loaded.} other {# were for decisions this scenario does not have ({decisions}) and were not loaded.}}',
  // setup-flow.ts: a scenario file or a session log that cannot be used.
  scenarioError: '{file}, line {line}: {message}',
  scenarioErrorAt: '{file}, line {line} ({path}): {message}',
  cantPlay: "{file} can't be played: {errors}.",
  cantPlayMore: "{file} can't be played: {errors}. …and {more} more.",
  logTooLarge: '{file} is too large to be a session log (at most 2 MB).',
  logNotJson: '{file} is not a session log: it is not JSON.',
  logScenarioMissing:
    "{file} can't be loaded: its scenario ({scenario}) is not built into this game; load that scenario file first.",
  noScenarioId: 'none',
  logRefused: "{file} can't be loaded: {why}",
} as const;
