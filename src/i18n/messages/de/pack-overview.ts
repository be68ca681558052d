import type { Translation } from '../../catalogue';
import type { packOverview as english } from '../en/pack-overview';

export const packOverview: Translation<typeof english> = {
  heading: 'Die Lage',
  fictional:
    'Dieses Szenario ist für das Training erfunden. Nichts davon ist geschehen, und es zitiert keine Quelle.',
  real: 'Dieses Szenario folgt einem echten Vorfall. Jedes Ergebnis zitiert den Auszug aus der Quelle, auf dem es beruht, und sagt über echte Menschen nichts, was die Quelle nicht sagt.',
  objectives: 'Lernziele',
  objectivesHint:
    'Die eigenen Ziele jeder Rolle stehen in den Notizen der Moderationsansicht, nicht auf den Rollenkarten: Sie würden die Antworten vorwegnehmen.',
  roomSeesHeading: 'Was die Gruppe sehen wird',
  seesSituation:
    'Die Lage: die Zusammenfassung des Szenarios und welches Team welche Rolle spielt.',
  seesBriefing: 'Die Einweisung jeder Rolle und was die Rolle zu Beginn weiß.',
  seesDecision:
    'Jede Entscheidung: die Szene, eintreffende Nachrichten, die Uhr und die Frage. Die Optionen erscheinen mit ihrem jeweiligen Preis, sobald Sie sie aufdecken.',
  seesVote:
    'Nach der Abstimmung: die Wahl der Gruppe, das Stimmenergebnis und die Begründung in einem Satz, dann, was folgt, mit einer Einstufung, wie sicher die Quelle ist, und dem Auszug, auf dem es beruht.',
  seesDebrief:
    'Die Nachbesprechung jeder Rolle: wie ihre Geschichte endete, was die Quelle sagt, und Fragen zur Diskussion.',
  seesEnd: 'Am Ende: wer wann was wusste. Was jede Rolle in jedem Moment wusste, nebeneinander.',
  neverShown:
    'Vor der Nachbesprechung zeigt der Beamer nie Ihre Notizen, was eine Rolle nicht weiß, oder welche Wahl laut Quelle getroffen wurde. Das steht im Moderationsleitfaden hinten in diesem Paket.',
  rulesHeading: 'Grundregeln für die Diskussion',
  claimsRule: 'Behauptungen bleiben Behauptungen.',
  claimsWhy:
    'Sagen Sie, wer es sagt: „das Unternehmen sagt“, „Berichten zufolge soll …“. Die Darstellung einer Seite wird nicht zur Tatsache, nur weil sie oft wiederholt wird.',
  thenRule: 'Argumentieren Sie mit dem, was die Rolle damals wusste.',
  thenWhy:
    'Hinterher klüger zu sein gehört in die Nachbesprechung: Jede Entscheidung fällt nur mit dem, was die Rolle in diesem Moment weiß.',
  noRightRule: 'Keine Option ist offensichtlich die richtige.',
  noRightWhy:
    'Jede kostet etwas, das der Rolle wichtig ist; nennen Sie den Preis, den Sie in Kauf nehmen.',
  roleRule: 'Sprechen Sie über die Rolle, nicht über die Menschen im Raum.',
  roleWhy:
    'Teams sprechen für ihre Rolle; jede genannte Begründung ist es wert, festgehalten zu werden.',
  statusHeading: 'Wie sicher die Quelle ist: die Einstufungen',
  statusHint: 'Jedes Ergebnis trägt eine dieser Einstufungen. Lesen Sie sie mit dem Ergebnis vor.',
};
