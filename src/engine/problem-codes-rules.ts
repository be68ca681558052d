/**
 * The codes of a scenario's rules beyond its shape (ids, references, history, quotes, checks) and
 * of the parts of a scenario they name, with their parameters (see problem-codes.ts).
 */
import type { Part } from './problem-codes';
import type { Hint, NoParams } from './problem-message';

/** What a rule may name: a role, a source, a world variable or a choice (`role.beat.choice`). */
export type ReferenceKind = 'role' | 'source' | 'fact' | 'meter' | 'choice';

/** The parts of a scenario a rule names ("choice 'x' of beat 'y'"), each worded in its place. */
interface ScenarioPartParams {
  'scenarioParts.meter': { meter: string };
  'scenarioParts.campaign': NoParams;
  'scenarioParts.accuracyNote': NoParams;
  'scenarioParts.role': { role: string };
  'scenarioParts.requiresOf': { role: string };
  'scenarioParts.roleVariant': { number: string; role: string };
  'scenarioParts.rejoinHistory': { role: string };
  'scenarioParts.rejoinVariant': { number: string; role: string };
  'scenarioParts.inject': { inject: string };
  'scenarioParts.injectHeadline': { inject: string };
  'scenarioParts.beat': { beat: string };
  'scenarioParts.beatVariant': { number: string; beat: string };
  'scenarioParts.choice': { choice: string; beat: string };
  'scenarioParts.choiceOfRole': { choice: string; beat: string; role: string };
  'scenarioParts.outcomeOf': { of: Part };
  'scenarioParts.ending': { ending: string };
  'scenarioParts.endingOfRole': { ending: string; role: string };
  'scenarioParts.endingVariant': { number: string; ending: string };
  'scenarioParts.briefing': { role: string };
  'scenarioParts.briefingVariant': { number: string; role: string };
  'scenarioParts.debrief': { ending: string };
  'scenarioParts.debriefVariant': { number: string; ending: string };
  'scenarioParts.reality': { ending: string };
  'scenarioParts.explanation': { item: string };
  'scenarioParts.knowledgeItem': { item: string; role: string };
  'scenarioParts.judgementItem': { item: string; role: string };
  'scenarioParts.sources': NoParams;
  'scenarioParts.worldVariables': NoParams;
  'scenarioParts.roles': NoParams;
  'scenarioParts.timelineMoments': NoParams;
  'scenarioParts.nodesOfRole': { role: string };
  'scenarioParts.injectsOfRole': { role: string };
  'scenarioParts.choicesOfBeat': { beat: string };
  'scenarioParts.assessmentItemsOfRole': { role: string };
  'scenarioParts.optionsOf': { of: Part };
}

/** The rules of the format beyond shapes (validate-*.ts). */
export interface ScenarioRuleParams extends ScenarioPartParams {
  'scenarioRules.didYouMean': { suggestion: string };
  'scenarioRules.isMeterUseAdd': { id: string };
  'scenarioRules.isFactUseSet': { id: string };
  'scenarioRules.noTimeline': NoParams;
  'scenarioRules.namesMissing': { what: Part; kind: ReferenceKind; id: string; hint: Hint };
  'scenarioRules.idUsedTwice': { id: string; among: Part };
  'scenarioRules.tooManyBeats': { count: number; limit: number };
  'scenarioRules.minAboveMax': { meter: string; min: string; max: string };
  'scenarioRules.startsOutsideRange': { meter: string; initial: string; min: string; max: string };
  'scenarioRules.campaignRoleTwice': { role: string };
  'scenarioRules.setsMissingFact': { what: Part; fact: string; hint: Hint };
  'scenarioRules.addsMissingMeter': { what: Part; meter: string; hint: Hint };
  'scenarioRules.whatIfWithoutBasis': { what: Part };
  'scenarioRules.uncited': { what: Part };
  'scenarioRules.momentNotInTimeline': { beat: string; role: string; moment: string; hint: Hint };
  'scenarioRules.startMissing': { role: string; beat: string; hint: Hint };
  'scenarioRules.requiresWithoutRejoin': { role: string };
  'scenarioRules.injectAtMissing': { inject: string; beat: string; hint: Hint };
  'scenarioRules.decisionAndNext': { beat: string };
  'scenarioRules.noWayOn': { beat: string };
  'scenarioRules.nextMissing': { beat: string; next: string; role: string; hint: Hint };
  'scenarioRules.choiceNextMissing': { what: Part; next: string; role: string; hint: Hint };
  'scenarioRules.unreachableBeat': { beat: string; role: string; start: string };
  'scenarioRules.unreachableEnding': { ending: string; role: string; start: string };
  'scenarioRules.variantReadsOwnWorld': {
    role: string;
    kind: 'fact' | 'meter' | 'choice';
    id: string;
  };
  'scenarioRules.nameTwice': { name: string };
  'scenarioRules.nameWithoutLetter': { name: string };
  'scenarioRules.nameNotInText': { name: string };
  'scenarioRules.wordsRevealName': { words: string; name: string };
  'scenarioRules.inventedQuote': { what: Part; passage: string };
  'scenarioRules.quoteNotInSource': { source: string; excerpt: string };
  'scenarioRules.historyBoth': { what: Part };
  'scenarioRules.historicalWrongStatus': { what: Part; status: string };
  'scenarioRules.historicalNoOutcome': { what: Part };
  'scenarioRules.historicalChoiceUncited': { what: Part };
  'scenarioRules.historicalEndingUncited': { what: Part };
  'scenarioRules.assessmentSize': { role: string; count: number; min: number; max: number };
  'scenarioRules.objectiveWithoutList': { what: Part; objective: string; role: string };
  'scenarioRules.objectiveOutOfRange': {
    what: Part;
    objective: string;
    count: number;
    role: string;
  };
  'scenarioRules.answerNotAnOption': { what: Part; answer: string; hint: Hint };
  'scenarioRules.knowledgeUncited': { what: Part };
}
