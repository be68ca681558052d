import type { Translation } from '../../catalogue';
import type { debrief as english } from '../en/debrief';

export const debrief: Translation<typeof english> = {
  heading: 'Nachbesprechung: {ending}',
  sharedKicker: '{role} · ein geteilter Weg, nur zum Lesen',
  howItEnded: 'Wie es ausging',
  yourPath: 'Ihr Weg',
  yourPathAndSource: 'Ihr Weg und die Quelle',
  graph:
    '{player}: {scenes, plural, one {# Szene} other {# Szenen}} und {endings, plural, one {# Ende} other {# Enden}}; Quadrate sind Enden.',
  graphBeside:
    '{player} neben {mainLine}: {scenes, plural, one {# Szene} other {# Szenen}} und {endings, plural, one {# Ende} other {# Enden}}; Quadrate sind Enden.',
  // Dative: it stands after „neben“.
  graphMainLine: 'der Hauptlinie des Szenarios',
  moreOnEnding: 'Mehr zu diesem Ende',
  stepByStep: 'Ihre Entscheidungen Schritt für Schritt',
  stepsCaption: 'Ihre Entscheidungen als {role} ({scenario})',
  stepsCaptionWithSource:
    'Ihre Entscheidungen als {role}, neben dem, was laut Quelle getan wurde ({scenario})',
  moment: 'Zeitpunkt',
  youChose: 'Ihre Wahl',
  theSource: 'Die Quelle',
  outcomeWas: 'Das Ergebnis war',
  whatWasHidden: 'Was verborgen war',
  checkExplained: 'Der Kurztest, erklärt',
  discuss: 'Zur Diskussion',
  nextRole: 'Nächste Rolle: {role}',
  playYourself: '{role} selbst spielen',
  playAnotherRole: 'Eine andere Rolle spielen',
  whatChanged: 'Was sich für Sie geändert hat',
  checkAgainHint:
    'Machen Sie denselben Kurztest noch einmal, um zu sehen, was sich seit dem Test vor der Einweisung geändert hat; jede Antwort wird dann mit ihrer Quelle erklärt.',
  checkNowHint:
    'Machen Sie jetzt den Kurztest zu dieser Rolle; jede Antwort wird dann mit ihrer Quelle erklärt.',
  checkAgain: 'Den Kurztest noch einmal machen',
  reflectionQuestion: 'Was würden Sie anders machen?',
  reflectionHintShareable:
    'Freiwillig und nur für Sie: Der Text bleibt auf diesem Gerät und geht nur dann mit einem geteilten Link mit, wenn Sie unten das Kästchen ankreuzen.',
  reflectionHint: 'Freiwillig und nur für Sie: Der Text bleibt auf diesem Gerät.',
  reflectionCount: '{count} von {max} Zeichen',
  reflectionKept: 'Ihre Reflexion ist auf diesem Gerät gespeichert.',
  reflectionShareBox: 'Meine Reflexion mitsenden, wenn ich meinen Weg teile',
  reflectionShared: 'Ihre Reflexion geht mit dem Link mit, wenn Sie Ihren Weg teilen.',
  reflectionNotShared:
    'Ihre Reflexion bleibt auf diesem Gerät; ein geteilter Link enthält sie nicht.',
  reflectionOfPlayer: 'Was die spielende Person anders machen würde',
};
