import type { ProblemKeysIn } from '../../../engine/problem-message';

/** Why a save, a share code, a replayed log or a step is refused (src/engine/save.ts, share-code.ts, replay.ts, create-session.ts). */
export const playRefusals = {
  saveNotText: 'This save is not text, so it is not a Spillage save.',
  saveTooLarge:
    'This save is larger than 5 MB, far more than any Spillage save; you can start afresh.',
  saveNotJson: 'This save is damaged (it is not complete JSON); you can start afresh.',
  saveWrongVersion:
    'This save was written by {age, select, older {an older} other {a newer}} version of the game (save format {version}); you can start afresh.',
  saveDamaged: 'This save is damaged or is not a Spillage save ({detail}); you can start afresh.',
  saveOtherScenario: "This save belongs to another scenario (''{saved}''), not ''{current}''.",
  saveScenarioChanged:
    'This save was made with version {saved} of the scenario; it is now {current}, so the save cannot be resumed.',
  saveDoesNotFit: 'This save does not fit the scenario: {detail}',
  saveUnreadable: 'This save could not be read; you can start afresh.',
  shareInvalid: 'This share code is not valid: {why}.',
  shareNotShortText: 'it is not a short text',
  shareParts: 'it should have four parts separated by ~ (five with a reflection)',
  shareNoScenario: 'it does not name a scenario and version',
  shareNoRole: 'it does not name a role',
  shareChoicesDamaged: 'its choices are damaged',
  shareCheckDigit: 'it was mistyped or cut short (the check digit does not match)',
  shareReflectionDamaged: 'its reflection is damaged',
  shareOtherScenario: "This share code is for another scenario (''{scenario}'').",
  shareOtherVersion: 'This share code is for version {shared} of the scenario; this is {current}.',
  shareUnknownRole: 'This share code starts a role this scenario does not have.',
  shareChoiceUnavailable: 'Choice {number} of this share code is not available in the scenario.',
  stepMisfit: 'step {step} of the saved playthrough does not fit this scenario: {detail}',
  expectedBeat: "expected beat ''{beat}'' of role ''{role}''",
  alreadyStarted: 'the session has already started',
  noCampaign: 'this scenario has no campaign',
  cannotStartRole: "cannot start role ''{role}'' at {here}",
  choiceUnavailable: "choice ''{choice}'' is not available at {here}",
  noChoiceAt: 'there is no choice {index} at {here}',
  cannotContinue: 'cannot continue at {here}',
  noNextRole: 'there is no next role at {here}',
  noRejoin: 'there is no history to rejoin at {here}',
  atRoleSelection: 'role selection',
  atRejoin: "the rejoin screen of role ''{role}''",
  atBeat: "beat ''{beat}'' of role ''{role}''",
  atEnding: "ending ''{ending}'' of role ''{role}''",
} as const satisfies Record<ProblemKeysIn<'playRefusals'>, string>;
