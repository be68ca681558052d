/**
 * Every message code the engine says, with the parameters each takes. A code is `area.key` of
 * the message catalogues (src/i18n/messages/<language>/<area>.ts), which the compiler holds to
 * exactly these keys. Numbers an author wrote (a meter's range, a limit in the schema) travel as
 * text, so that they read back as written; counts the words depend on travel as numbers (a
 * message prints `{n, number}` and a plural's `#` in its language's digits, a plain `{n}` as is).
 */
import type { Hint, NoParams, ProblemIn, ProblemMessage } from './problem-message';
import type { ScenarioRuleParams } from './problem-codes-rules';

/** A description of a part of a scenario ("choice 'x' of beat 'y'"), worded in its place. */
export type Part = ProblemIn<'scenarioParts'>;

/** Reading a scenario's files: encoding, size, YAML, and how a folder's files fit together. */
interface ScenarioFileParams {
  'scenarioFile.notText': NoParams;
  'scenarioFile.notUtf8': NoParams;
  'scenarioFile.notUtf16': { encoding: string };
  'scenarioFile.tooLarge': { megabytes: number };
  'scenarioFile.tooDeep': { depth: number };
  'scenarioFile.syntax': { detail: string };
  'scenarioFile.secondDocument': NoParams;
  'scenarioFile.duplicateKey': { key: string };
  'scenarioFile.alias': NoParams;
  'scenarioFile.empty': NoParams;
  'scenarioFile.notMapping': NoParams;
  'scenarioFile.nestsTooDeeply': NoParams;
  'scenarioFile.unreadable': NoParams;
  'scenarioFile.unreadableTarget': NoParams;
  'scenarioFile.checkStopped': NoParams;
  'scenarioFile.inFile': { file: string; problem: ProblemMessage };
  'scenarioFile.noFiles': NoParams;
  'scenarioFile.moreErrors': { count: number };
  'scenarioFile.noScenarioFile': NoParams;
  'scenarioFile.duplicateFile': NoParams;
  'scenarioFile.unexpectedFile': NoParams;
  'scenarioFile.rolesInScenarioFile': NoParams;
  'scenarioFile.languageMismatch': { language: string; folder: string };
  'scenarioFile.scenarioIdMismatch': { id: string; folder: string };
  'scenarioFile.roleIdMismatch': { id: string; file: string };
  'scenarioFile.sourcesFileKey': { key: string };
  'scenarioFile.sourcesNotList': NoParams;
  'scenarioFile.noRoles': NoParams;
}

/** A scenario's shape: keys, types, forms and sizes (the schema's issues, in words). */
interface ScenarioShapeParams {
  'scenarioShape.key': { key: string };
  'scenarioShape.item': { number: string };
  'scenarioShape.unknownKey': { key: string; hint: Hint };
  'scenarioShape.allowedHere': { suggestion: Hint; allowed: readonly string[] };
  'scenarioShape.missingKey': { name: ProblemMessage };
  'scenarioShape.wrongType': { name: ProblemMessage; expected: string; actual: ProblemMessage };
  'scenarioShape.valueEmpty': NoParams;
  'scenarioShape.valueList': NoParams;
  'scenarioShape.valueText': { text: string };
  'scenarioShape.valueMapping': NoParams;
  'scenarioShape.valueNumber': { value: string };
  'scenarioShape.valueBoolean': { value: string };
  'scenarioShape.valueOther': { type: string };
  'scenarioShape.notAnId': { name: ProblemMessage; value: ProblemMessage };
  'scenarioShape.notAVersion': { name: ProblemMessage; value: ProblemMessage };
  'scenarioShape.notAChoice': { name: ProblemMessage; value: ProblemMessage };
  'scenarioShape.notALanguage': { name: ProblemMessage; value: ProblemMessage };
  'scenarioShape.tooFewItems': { name: ProblemMessage; limit: string; count: number };
  'scenarioShape.tooManyItems': { name: ProblemMessage; limit: string; count: number };
  'scenarioShape.emptyText': { name: ProblemMessage };
  'scenarioShape.textTooLong': { name: ProblemMessage; limit: string };
  'scenarioShape.atLeast': { name: ProblemMessage; limit: string };
  'scenarioShape.greaterThan': { name: ProblemMessage; limit: string };
  'scenarioShape.atMost': { name: ProblemMessage; limit: string };
  'scenarioShape.lessThan': { name: ProblemMessage; limit: string };
  'scenarioShape.notOneOf': {
    name: ProblemMessage;
    value: ProblemMessage;
    allowed: readonly string[];
  };
  'scenarioShape.badCondition': NoParams;
  'scenarioShape.invalid': { name: ProblemMessage; detail: string };
}

/** What the checker proves beyond the rules: worlds, ways on, endings; and a translation's match. */
interface ScenarioCheckParams {
  'scenarioCheck.outcomeUncited': { choice: string; beat: string };
  'scenarioCheck.neverAvailable': { choice: string; beat: string; role: string };
  'scenarioCheck.unreached': { kind: 'beat' | 'ending'; id: string; role: string };
  'scenarioCheck.rejoinDoesNotSatisfy': { role: string };
  'scenarioCheck.deadEnd': {
    beat: string;
    role: string;
    world: readonly string[] | ProblemMessage;
  };
  'scenarioCheck.initialWorld': NoParams;
  'scenarioCheck.explorationCapped': { states: string };
  'scenarioCheck.noEnding': { beat: string; role: string };
  'scenarioCheck.unknownStageKey': {
    where: Part;
    kind: 'setting' | 'accent' | 'sound';
    key: string;
    known: readonly string[];
  };
  'scenarioCheck.sameLanguage': { language: string };
  'scenarioCheck.sourceLanguage': { language: string };
  'scenarioCheck.listLengths': {
    originalIsList: 'yes' | 'no';
    originalCount: number;
    translatedIsList: 'yes' | 'no';
    translatedCount: number;
  };
  'scenarioCheck.keyAdded': { key: string };
  'scenarioCheck.keyMissing': { key: string };
  'scenarioCheck.quoteChanged': NoParams;
  'scenarioCheck.valueDiffers': { translated: string; original: string };
  'scenarioCheck.needsTranslation': { source: string; language: string };
  'scenarioCheck.unchecked': { broken: 'translation' | 'original' };
}

/** Why a save, a share code, a replayed log or a step of a session is refused. */
interface PlayRefusalParams {
  'playRefusals.saveNotText': NoParams;
  'playRefusals.saveTooLarge': NoParams;
  'playRefusals.saveNotJson': NoParams;
  'playRefusals.saveWrongVersion': { age: 'older' | 'newer'; version: string };
  'playRefusals.saveDamaged': { detail: ProblemMessage };
  'playRefusals.saveOtherScenario': { saved: string; current: string };
  'playRefusals.saveScenarioChanged': { saved: string; current: string };
  'playRefusals.saveDoesNotFit': { detail: ProblemMessage };
  'playRefusals.saveUnreadable': NoParams;
  'playRefusals.shareInvalid': { why: ProblemMessage };
  'playRefusals.shareNotShortText': NoParams;
  'playRefusals.shareParts': NoParams;
  'playRefusals.shareNoScenario': NoParams;
  'playRefusals.shareNoRole': NoParams;
  'playRefusals.shareChoicesDamaged': NoParams;
  'playRefusals.shareCheckDigit': NoParams;
  'playRefusals.shareReflectionDamaged': NoParams;
  'playRefusals.shareOtherScenario': { scenario: string };
  'playRefusals.shareOtherVersion': { shared: string; current: string };
  'playRefusals.shareUnknownRole': NoParams;
  'playRefusals.shareChoiceUnavailable': { number: string };
  'playRefusals.stepMisfit': { step: string; detail: ProblemMessage };
  'playRefusals.expectedBeat': { beat: string; role: string };
  'playRefusals.alreadyStarted': NoParams;
  'playRefusals.noCampaign': NoParams;
  'playRefusals.cannotStartRole': { role: string; here: ProblemMessage };
  'playRefusals.choiceUnavailable': { choice: string; here: ProblemMessage };
  'playRefusals.noChoiceAt': { index: string; here: ProblemMessage };
  'playRefusals.cannotContinue': { here: ProblemMessage };
  'playRefusals.noNextRole': { here: ProblemMessage };
  'playRefusals.noRejoin': { here: ProblemMessage };
  'playRefusals.atRoleSelection': NoParams;
  'playRefusals.atRejoin': { role: string };
  'playRefusals.atBeat': { beat: string; role: string };
  'playRefusals.atEnding': { ending: string; role: string };
}

/** A kept record (a save, a session log, the room's state) that does not read back, in words. */
interface RecordProblemParams {
  'recordProblems.unreadable': NoParams;
  'recordProblems.andMore': { first: ProblemMessage; more: string; count: number };
  'recordProblems.it': NoParams;
  'recordProblems.atTopLevel': NoParams;
  'recordProblems.inPlace': { place: string };
  'recordProblems.missing': { key: string; where: ProblemMessage };
  'recordProblems.mustBeType': { subject: string | ProblemMessage; type: string };
  'recordProblems.unexpectedKey': { key: string; where: ProblemMessage };
  'recordProblems.longerThan': { subject: string | ProblemMessage; limit: string };
  'recordProblems.tooManyItems': { subject: string | ProblemMessage; count: string; limit: string };
  'recordProblems.atMost': { subject: string | ProblemMessage; limit: string };
  'recordProblems.notEmpty': { subject: string | ProblemMessage };
  'recordProblems.atLeastItems': { subject: string | ProblemMessage; limit: string };
  'recordProblems.atLeast': { subject: string | ProblemMessage; limit: string };
  'recordProblems.oneOfOptions': { subject: string | ProblemMessage; options: readonly string[] };
  'recordProblems.noAllowedForm': { subject: string | ProblemMessage };
  'recordProblems.mustBe': { subject: string | ProblemMessage; values: string | ProblemMessage };
  'recordProblems.or': { first: string; rest: string | ProblemMessage };
  'recordProblems.nameNotAllowed': { name: string; where: ProblemMessage };
  'recordProblems.notAnId': { subject: string | ProblemMessage; limit: string };
  'recordProblems.notATime': { subject: string | ProblemMessage };
  'recordProblems.notAVoteCount': { subject: string | ProblemMessage; limit: string };
  'recordProblems.tooManyCounts': { subject: string | ProblemMessage; limit: string };
  'recordProblems.custom': { subject: string | ProblemMessage; detail: string };
  'recordProblems.invalid': { subject: string | ProblemMessage };
}

/** Every code and its parameters (see src/engine/problem-message.ts). */
export interface ProblemParamsByCode
  extends
    ScenarioFileParams,
    ScenarioShapeParams,
    ScenarioRuleParams,
    ScenarioCheckParams,
    PlayRefusalParams,
    RecordProblemParams {}
