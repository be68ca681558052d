import type { ProblemKeysIn } from '../../../engine/problem-message';

/** What the checker proves (src/engine/check-scenario.ts, explore-worlds.ts, check-stage-keys.ts, check-translation.ts). */
export const scenarioCheck = {
  outcomeUncited: "the outcome of choice ''{choice}'' of beat ''{beat}'' cites no source",
  neverAvailable:
    "choice ''{choice}'' of beat ''{beat}'' (role ''{role}'') can never be chosen: its condition holds in no reachable world",
  unreached:
    "{kind, select, beat {beat} other {ending}} ''{id}'' of role ''{role}'' is reached in no playable world (the conditions on the way never hold)",
  rejoinDoesNotSatisfy:
    "role ''{role}'': after rejoining history its ''requires'' still does not hold; make rejoinHistory.effects establish it",
  deadEnd:
    "beat ''{beat}'' of role ''{role}'' is a dead end: in a reachable world ({world}) none of its choices is available",
  initialWorld: 'the initial world',
  explorationCapped:
    'stopped after {states} (beat, world) states: too many combinations of world variables to prove the scenario free of dead ends',
  noEnding:
    "from beat ''{beat}'' of role ''{role}'' no ending can be reached in some reachable world (a loop with no way out, or only dead ends ahead)",
  unknownStageKey:
    "{where} names the {kind, select, setting {setting} accent {accent} other {sound}} ''{key}'', which the game does not know (known: {known}); it will {kind, select, sound {play nothing} accent {use the setting''s colour} other {show the neutral room}}",
  sameLanguage: "a translation''s language must differ from the original''s (''{language}'')",
  sourceLanguage:
    "the excerpts stay in the original''s language: add ''sourceLanguage: {language}'' to this scenario.yaml",
  listLengths:
    'the original has {originalIsList, select, yes {{originalCount, plural, other {# entries}}} other {no list}} here and the translation {translatedIsList, select, yes {{translatedCount}} other {none}}; a translation keeps every list as it is',
  keyAdded: "''{key}'' is not in the original; a translation adds nothing but words",
  keyMissing: "''{key}'' is in the original but missing here",
  quoteChanged:
    'a verbatim excerpt stays in the source’s words, character for character; put the translation in `translation`',
  valueDiffers:
    'this is {translated} here but {original} in the original; a translation changes only words people read',
  needsTranslation:
    "source ''{source}'' needs a ''translation'': the excerpt stays verbatim, with its meaning in {language} beside it",
  unchecked:
    'the translation cannot be compared while {broken, select, translation {it} other {the original}} has errors',
} as const satisfies Record<ProblemKeysIn<'scenarioCheck'>, string>;
