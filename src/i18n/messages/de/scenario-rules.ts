import type { Translation } from '../../catalogue';
import type { scenarioRules as english } from '../en/scenario-rules';

export const scenarioRules: Translation<typeof english> = {
  didYouMean: "; meinten Sie ''{suggestion}''?",
  isMeterUseAdd: " (''{id}'' ist eine Anzeige: verwenden Sie add)",
  isFactUseSet: " (''{id}'' ist ein Fakt: verwenden Sie set)",
  noTimeline: "; das Szenario hat keine ''timeline'', in der er stehen könnte",
  namesMissing:
    "{what} nennt {kind, select, role {die Rolle ''{id}'', die} source {die Quelle ''{id}'', die} fact {den Fakt ''{id}'', den} meter {die Anzeige ''{id}'', die} other {die Option ''{id}'', die}} es nicht gibt{hint}",
  idUsedTwice: "die ID ''{id}'' kommt unter den {among} mehr als einmal vor",
  tooManyBeats:
    'dieses Szenario hat insgesamt {count, number} Szenen und Enden; ein Szenario darf höchstens {limit, number} haben: teilen Sie es in mehrere Szenarien auf',
  minAboveMax: "die Anzeige ''{meter}'' hat ein min von {min}, größer als ihr max von {max}",
  startsOutsideRange:
    "die Anzeige ''{meter}'' beginnt bei {initial}, außerhalb ihres Bereichs {min}…{max}",
  campaignRoleTwice: "die Kampagne nennt die Rolle ''{role}'' zweimal",
  setsMissingFact: "{what} setzt den Fakt ''{fact}'', den es nicht gibt{hint}",
  addsMissingMeter: "{what} addiert zur Anzeige ''{meter}'', die es nicht gibt{hint}",
  whatIfWithoutBasis:
    "{what} ist ein Was-wäre-wenn und braucht daher ''basis'': die IDs der Quellen, von denen es ausgeht",
  uncited:
    "{what} zitiert keine Quelle; ergänzen Sie ''cites'' (oder kennzeichnen Sie das Szenario mit ''fictional: true'')",
  momentNotInTimeline:
    "Szene ''{beat}'' der Rolle ''{role}'' spielt zum Zeitpunkt ''{moment}'', der nicht in der Zeitleiste steht{hint}",
  startMissing: "Rolle ''{role}'' beginnt mit der Szene ''{beat}'', die es nicht gibt{hint}",
  requiresWithoutRejoin:
    "Rolle ''{role}'' hat ''requires'', aber keine ''rejoinHistory'' für den Fall, dass es nicht erfüllt ist",
  injectAtMissing:
    "Nachricht ''{inject}'' kommt in der Szene ''{beat}'' an, die es nicht gibt{hint}",
  decisionAndNext: "Szene ''{beat}'' hat sowohl ''decision'' als auch ''next''; behalten Sie eines",
  noWayOn: "Szene ''{beat}'' braucht entweder ein ''decision'' oder ein ''next''",
  nextMissing:
    "Szene ''{beat}'' führt weiter zu ''{next}'', das keine Szene und kein Ende der Rolle ''{role}'' ist{hint}",
  choiceNextMissing:
    "{what} führt zu ''{next}'', das keine Szene und kein Ende der Rolle ''{role}'' ist{hint}",
  unreachableBeat:
    "Szene ''{beat}'' der Rolle ''{role}'' ist von ihrem Start ''{start}'' aus nicht erreichbar",
  unreachableEnding:
    "Ende ''{ending}'' der Rolle ''{role}'' ist von ihrem Start ''{start}'' aus nicht erreichbar",
  variantReadsOwnWorld:
    "eine Variante der Rolle ''{role}'' liest {kind, select, fact {den Fakt ''{id}'', den die Rolle selbst ändert} meter {die Anzeige ''{id}'', die die Rolle selbst ändert} other {die Option ''{id}'', die in der Rolle selbst gewählt wird}}; ein Briefing wird zu Beginn der Rolle gelesen und darf daher nur von dem abhängen, was vorher geschah (verwenden Sie die Varianten einer Szene für das, was sich während der Rolle ändert)",
  nameTwice: "der Name ''{name}'' steht zweimal in ''unnamed''",
  nameWithoutLetter: "der Name ''{name}'' enthält keinen Buchstaben",
  nameNotInText:
    "der Name ''{name}'' kommt im Text des Szenarios nicht vor: prüfen Sie Schreibweise und Großschreibung (Namen werden so verglichen, wie sie geschrieben sind)",
  wordsRevealName:
    "''{words}'' nennt ''{name}'', den Namen, für den es steht: beschreiben Sie ihn stattdessen, z. B. ''der Hersteller''",
  inventedQuote:
    '{what} setzt „{passage}“ in Anführungszeichen, aber keine Quelle des Szenarios sagt das: zitieren Sie die Worte einer Quelle wörtlich, oder lassen Sie die Anführungszeichen weg und geben Sie die Aussage in eigenen Worten wieder',
  quoteNotInSource:
    "das Zitat der Quelle ''{source}'' („{excerpt}“) steht nicht wörtlich im Text der Quelle: kopieren Sie es genau aus der Quelle (nur typografische Anführungszeichen, Striche und Leerraum dürfen abweichen)",
  historyBoth:
    "{what} ist sowohl als ''historical'' als auch als ''assumed'' markiert: historisch, wenn die Quelle sagt, dass es getan wurde, angenommen, wenn die Quelle dazu nichts sagt; behalten Sie eines",
  historicalWrongStatus:
    "{what} ist als historisch markiert, aber das Ergebnis hat den Status ''{status}'': eine historische Option braucht ein Ergebnis mit dem Status reported, claimed oder alleged. Wenn die Quelle nicht sagt, dass dies getan wurde, markieren Sie sie stattdessen mit ''assumed: true''",
  historicalNoOutcome:
    "{what} ist als historisch markiert, hat aber kein Ergebnis: eine historische Option braucht ein Ergebnis mit dem Status reported, claimed oder alleged. Wenn die Quelle nicht sagt, dass dies getan wurde, markieren Sie sie stattdessen mit ''assumed: true''",
  historicalChoiceUncited:
    "{what} ist als historisch markiert, aber das Ergebnis zitiert keine Quelle: zitieren Sie die Auszüge, die sagen, dass es getan wurde, oder markieren Sie die Option mit ''assumed: true''",
  historicalEndingUncited:
    "{what} ist als historisch markiert, aber die Wirklichkeit zitiert keine Quelle: ergänzen Sie ''reality.cites'' mit den Auszügen, die das sagen, oder markieren Sie das Ende mit ''assumed: true''",
  assessmentSize:
    "die Lernkontrolle der Rolle ''{role}'' hat {count, plural, one {# Frage} other {# Fragen}}; geben Sie ihr {min} bis {max} (Wissens- und Einschätzungsfragen zusammen), kurz genug, um sie zweimal zu beantworten",
  objectiveWithoutList:
    "{what} prüft Lernziel {objective}, aber weder die Rolle ''{role}'' noch das Szenario hat ''learningObjectives'': führen Sie diese zuerst auf",
  objectiveOutOfRange:
    "{what} prüft Lernziel {objective}, aber für die Rolle ''{role}'' gibt es {count, plural, one {nur # Lernziel} other {nur # Lernziele}}: verwenden Sie 1 bis {count}",
  answerNotAnOption:
    "die Antwort von {what} ist ''{answer}'', und das ist keine ihrer Antwortmöglichkeiten{hint}",
  knowledgeUncited:
    "{what} zitiert keine Quelle: eine richtige Antwort muss eine sein, die die Quelle klärt; ergänzen Sie also ''cites'' (oder machen Sie daraus eine Einschätzungsfrage)",
};
