import type { Translation } from '../../catalogue';
import type { selfCheck as english } from '../en/self-check';

export const selfCheck: Translation<typeof english> = {
  beforeHeading: 'Vor dem Start: ein kurzer Test',
  beforeIntro:
    'Ein paar Fragen dazu, worum es in dieser Rolle geht. Nach der Nachbesprechung kommen sie noch einmal, damit Sie sehen, was sich geändert hat. Beantworten Sie, was Sie möchten, oder überspringen Sie den Test. Ihre Antworten bleiben auf diesem Gerät.',
  beforeDone: 'Fertig: weiter zur Einweisung',
  beforeSkip: 'Test überspringen',
  afterHeading: 'Derselbe Test noch einmal',
  afterIntro:
    'Die Fragen, die Sie vor der Einweisung gesehen haben. Beantworten Sie sie so, wie Sie die Dinge jetzt sehen; die Nachbesprechung zeigt dann, was sich geändert hat, und erklärt jede Antwort mit ihrer Quelle.',
  afterDone: 'Fertig: sehen, was sich geändert hat',
  afterSkip: 'Zurück zur Nachbesprechung',
  right: 'Richtig',
  wrong: 'Nicht richtig',
  noAnswer: 'Keine Antwort',
  score: 'Richtige Antworten: {before} von {total} vorher, {after} nachher.',
  confidence: 'Sicherheit: {before} vorher, {after} nachher.',
  tableCaption: 'Ihre Antworten vorher und nachher',
  item: 'Frage oder Aussage',
  before: 'Vorher',
  after: 'Nachher',
  answer: 'Antwort',
  settledByExercise: 'Entschieden durch diese erfundene Übung, nicht durch eine Quelle.',
  judgementNote: 'Eine Einschätzung: Es gibt keine richtige Antwort. Besprechen Sie sie.',
};
