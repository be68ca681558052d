import type { Translation } from '../../catalogue';
import type { checkPanel as english } from '../en/check-panel';

export const checkPanel: Translation<typeof english> = {
  recordAgain: 'Handzeichen erneut erfassen',
  record: 'Handzeichen erfassen',
  hideOnProjector: 'Fragen auf dem Beamer ausblenden',
  showOnProjector: 'Fragen auf dem Beamer zeigen',
  heading:
    '{phase, select, before {Die Abfrage vor dieser Rolle} other {Die Abfrage nach dieser Rolle}}',
  howBefore:
    'Vor der Rolle: Zeigen Sie die Fragen auf dem Beamer, lesen Sie jede Antwort vor, lassen Sie zu jeder die Hand heben und tragen Sie die Zahlen ein. Fragen Sie dasselbe nach der Nachbesprechung. Nur Zahlen: Niemand wird genannt.',
  howAfter:
    'Nach der Nachbesprechung: dieselben Fragen wie vor der Rolle, Handzeichen zu jeder Antwort. Der Beamer zeigt die richtigen Antworten erst, wenn diese Zahlen erfasst sind; der Bericht stellt beide nebeneinander. Nur Zahlen: Niemand wird genannt.',
  recorded: 'Erfasst. Ändern Sie eine Zahl und erfassen Sie erneut, um sie zu korrigieren.',
  projectorBefore: '{role}: Was denken Sie vor der Rolle?',
  projectorAfter: '{role}: dieselben Fragen, nach der Rolle',
  rightAnswerMark: '✓ richtige Antwort',
  countWithBefore: '{count} (vorher: {before})',
  counted: 'Die Antworten der Gruppe, gezählt. Niemand wird genannt.',
  handsUp:
    'Handzeichen zu jeder Antwort, während die Moderation sie vorliest. Niemand wird genannt: Nur die Zahlen werden festgehalten.',
  questions: 'Die Fragen der Abfrage',
  downloadCsv: 'Zahlen der Abfrage herunterladen (CSV)',
  answer: 'Antwort',
  before: 'Vorher',
  after: 'Nachher',
  rightAnswer: '{answer} (richtige Antwort)',
};
