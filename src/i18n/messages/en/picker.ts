/** Choosing what to play: the scenario picker, loading a scenario file, and the role picker. */
export const picker = {
  chooseScenario: 'Choose a scenario',
  /** A scenario's or a role's button. */
  play: 'Play {name}',
  onlyIn: 'In {language} only: no translation yet',
  cardMeta:
    '{roles, plural, one {# role} other {# roles}} · about {minutes, plural, one {# minute} other {# minutes}}',
  loadHeading: 'Load your own scenario',
  loadHint:
    'Pick or drop a scenario file (YAML or JSON holding the whole scenario). It stays on this device.',
  fileLabel: 'Scenario file',
  cannotPlay: "{file} can't be played: {count, plural, one {# problem} other {# problems}}",
  /** One problem the checker found; `message` is the checker's own. */
  problemAt: '{file}, line {line}: {message}',
  problemAtPath: '{file}, line {line} ({path}): {message}',
  moreProblems: '…and {count} more.',
  /** A file checked, with the step under way (`step`: one of the step messages below). */
  checking: 'Checking {file}: {step}…',
  checkingLabel: 'Checking {file}',
  stepStart: 'starting',
  stepRead: 'reading the file',
  stepValidate: 'checking every rule of the format',
  stepCheck: 'following every path for dead ends',
  cancel: 'Cancel',
  noFile: '(no file)',
  chooseRole: 'Choose your role',
  roles: 'Roles',
  campaign: 'The whole campaign',
  /** Links the campaign's roles in order, two at a time: "A, then B", then "A, then B, then C". */
  then: '{earlier}, then {next}',
  campaignText:
    "Play every role in order: {roles}. Each role's choices shape what the next one faces.",
  playCampaign: 'Play the whole campaign',
} as const;
