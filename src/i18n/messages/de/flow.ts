import type { Translation } from '../../catalogue';
import type { flow as english } from '../en/flow';

export const flow: Translation<typeof english> = {
  screen:
    '{screen, select, select {Rollenwahl} overview {Überblick} checkBefore {Kurztest vorher} briefing {Einweisung} beat {Szene} outcome {Ergebnis} rejoin {Rückkehr zur Hauptlinie} debrief {Nachbesprechung} checkAfter {Kurztest nachher} report {Abschlussbericht} other {{screen}}}',
  decideFirst: 'die Gruppe muss zuerst entscheiden',
  rejoinOrEnd: 'kehren Sie zur Hauptlinie zurück oder beenden Sie die Sitzung',
  sessionEnded: 'die Sitzung ist beendet',
  nothingAfter: 'nach „{screen}“ kommt hier nichts mehr',
  choiceNotOpen: 'die Option „{choice}“ steht hier nicht zur Wahl',
  noDecisionNow: 'gerade gibt es keine Entscheidung festzuhalten',
  extendRange: 'verlängern Sie um 1 bis 60 Minuten',
  alreadyStarted: 'die Sitzung hat bereits begonnen',
  nothingToUndo: 'in diesem Durchgang gibt es keine Entscheidung zurückzunehmen',
  onlyBeatSkips: 'nur eine Szene lässt sich überspringen; nutzen Sie hier die nächste Aktion',
  roleEnded: 'die Rolle ist bereits beendet',
  noRoleToEnd: 'hier läuft keine Rolle, die sich beenden ließe',
  noSuchPage: 'diese Seite gibt es nicht',
  notOnScreen: 'das geht in der Ansicht „{screen}“ nicht',
};
