import type { ProblemKeysIn } from '../../../engine/problem-message';

/** The rules of the scenario format beyond shapes (src/engine/validate-*.ts). */
export const scenarioRules = {
  didYouMean: "; did you mean ''{suggestion}''?",
  isMeterUseAdd: " (''{id}'' is a meter: use add)",
  isFactUseSet: " (''{id}'' is a fact: use set)",
  noTimeline: "; the scenario has no ''timeline'' to name it in",
  namesMissing:
    "{what} names {kind, select, role {role} source {source} fact {fact} meter {meter} other {choice}} ''{id}'', which does not exist{hint}",
  idUsedTwice: "the id ''{id}'' is used by more than one {among}",
  tooManyBeats:
    'this scenario has {count, number} beats and endings in all; a scenario may have at most {limit, number}: split it into several scenarios',
  minAboveMax: "meter ''{meter}'' has min {min} greater than max {max}",
  startsOutsideRange: "meter ''{meter}'' starts at {initial}, outside its range {min}…{max}",
  campaignRoleTwice: "the campaign names role ''{role}'' twice",
  setsMissingFact: "{what} sets fact ''{fact}'', which does not exist{hint}",
  addsMissingMeter: "{what} adds to meter ''{meter}'', which does not exist{hint}",
  whatIfWithoutBasis:
    "{what} is a what-if, so it needs ''basis'': the source ids it extrapolates from",
  uncited: "{what} cites no source; add ''cites'' (or mark the scenario ''fictional: true'')",
  momentNotInTimeline:
    "beat ''{beat}'' of role ''{role}'' happens at moment ''{moment}'', which is not in the timeline{hint}",
  startMissing: "role ''{role}'' starts at beat ''{beat}'', which does not exist{hint}",
  requiresWithoutRejoin:
    "role ''{role}'' has ''requires'' but no ''rejoinHistory'' for when it does not hold",
  injectAtMissing: "inject ''{inject}'' arrives at beat ''{beat}'', which does not exist{hint}",
  decisionAndNext: "beat ''{beat}'' has both ''decision'' and ''next''; keep one",
  noWayOn: "beat ''{beat}'' needs either a ''decision'' or a ''next''",
  nextMissing:
    "beat ''{beat}'' goes on to ''{next}'', which is not a beat or ending of role ''{role}''{hint}",
  choiceNextMissing:
    "{what} goes to ''{next}'', which is not a beat or ending of role ''{role}''{hint}",
  unreachableBeat:
    "beat ''{beat}'' of role ''{role}'' cannot be reached from its start ''{start}''",
  unreachableEnding:
    "ending ''{ending}'' of role ''{role}'' cannot be reached from its start ''{start}''",
  variantReadsOwnWorld:
    "a variant of role ''{role}'' reads {kind, select, fact {fact} meter {meter} other {choice}} ''{id}'', which the role itself changes; a briefing is read as the role starts, so it may depend only on what happened before (use a beat''s variants for what changes during the role)",
  nameTwice: "the name ''{name}'' is listed twice in ''unnamed''",
  nameWithoutLetter: "the name ''{name}'' has no letter in it",
  nameNotInText:
    "the name ''{name}'' is not in the scenario''s text: check its spelling and capitals (names are matched as written)",
  wordsRevealName:
    "''{words}'' names ''{name}'', the name it stands in for: describe it instead, e.g. ''the vendor''",
  inventedQuote:
    "{what} puts “{passage}” in quotation marks, but no source of the scenario says it: quote a source''s words verbatim, or drop the quotation marks and report the speech in your own words",
  quoteNotInSource:
    "the quote of source ''{source}'' (“{excerpt}”) is not in the source text word for word: copy it from the source exactly (only curly quotes, dashes and spacing may differ)",
  historyBoth:
    "{what} is marked both ''historical'' and ''assumed'': historical when the source says it was done, assumed when the source is silent; keep one",
  historicalWrongStatus:
    "{what} is marked historical, but its outcome''s status is ''{status}'': a historical choice needs an outcome whose status is reported, claimed or alleged. If the source does not say this was done, mark it ''assumed: true'' instead",
  historicalNoOutcome:
    "{what} is marked historical, but it has no outcome: a historical choice needs an outcome whose status is reported, claimed or alleged. If the source does not say this was done, mark it ''assumed: true'' instead",
  historicalChoiceUncited:
    "{what} is marked historical, but its outcome cites no source: cite the excerpts that say it was done, or mark it ''assumed: true''",
  historicalEndingUncited:
    "{what} is marked historical, but its reality cites no source: add ''reality.cites'' with the excerpts that say so, or mark it ''assumed: true''",
  assessmentSize:
    "the assessment of role ''{role}'' has {count, plural, one {# item} other {# items}}; give it {min} to {max} (knowledge and judgement together), short enough to answer twice",
  objectiveWithoutList:
    "{what} measures objective {objective}, but neither role ''{role}'' nor the scenario has ''learningObjectives'': list them first",
  objectiveOutOfRange:
    "{what} measures objective {objective}, but there {count, plural, one {is # learning objective} other {are # learning objectives}} for role ''{role}'': use 1 to {count}",
  answerNotAnOption: "the answer of {what} is ''{answer}'', which is not one of its options{hint}",
  knowledgeUncited:
    "{what} cites no source: a right answer must be one the source settles, so add ''cites'' (or make it a judgement item)",
} as const satisfies Record<ProblemKeysIn<'scenarioRules'>, string>;
